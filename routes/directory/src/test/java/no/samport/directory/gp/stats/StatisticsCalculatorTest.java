package no.samport.directory.gp.stats;

import static no.samport.directory.gp.TestContracts.delelege;
import static no.samport.directory.gp.TestContracts.fastlege;
import static no.samport.directory.gp.TestContracts.vikar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.MunicipalityProperties;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.TestContracts;
import org.junit.jupiter.api.Test;

class StatisticsCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 2);
    private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);
    private static final StatisticsCalculator.Residents NOBODY = new StatisticsCalculator.Residents(Map.of());

    private static ListRow row(GpContract contract, int listed) {
        return new ListRow(contract, listed, 0, TODAY);
    }

    private static MunicipalityProperties settings(Integer inhabitants, Double target) {
        MunicipalityProperties settings = new MunicipalityProperties();
        settings.setName("Testvik");
        settings.setInhabitants(inhabitants);
        settings.setCapacityTargetPercent(target);
        return settings;
    }

    @Test
    void aSmallMunicipalityWithAJointListOfSixGpsQualifiesForUtjamningstilskudd() {
        // GL-21: 3 200 inhabitants with 6 GPs on a joint list; under 5 000 inhabitants and average list under 1 200
        List<ListRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row(TestContracts.contract("J" + i, 600, ContractStatus.FAAA, LONG_AGO,
                    delelege("91" + i, null, LONG_AGO), delelege("92" + i, null, LONG_AGO)), 533));
        }

        MunicipalityStatistics stats = StatisticsCalculator.municipality("5099", settings(3_200, null), rows, 0,
                NOBODY, TODAY);

        assertThat(stats.contracts()).isEqualTo(6);
        assertThat(stats.averageList()).isEqualTo(533.0);
        assertThat(stats.sharedLists()).isEqualTo(6);
        assertThat(stats.utjamningstilskudd()).isTrue();
    }

    @Test
    void listsServedByAVikarAndListsWithoutADoctorAreCountedApart() {
        List<ListRow> rows = List.of(
                row(TestContracts.open("A", 1000, fastlege("1", null, LONG_AGO, null)), 990),
                row(TestContracts.open("B", 900, vikar("2", null, LONG_AGO, null)), 880),
                row(TestContracts.open("C", 800, fastlege("3", null, LONG_AGO, TODAY.minusYears(2))), 700),
                row(TestContracts.open("D", 800), 650));

        MunicipalityStatistics stats = StatisticsCalculator.municipality("5099", settings(null, 5.0), rows, 12,
                NOBODY, TODAY);

        assertThat(stats.listsServedByVikar()).isEqualTo(1);
        assertThat(stats.listsWithoutDoctor()).isEqualTo(2);
        assertThat(stats.listsWithoutHolderAYear()).as("C lost its fastlege two years ago; D never had one")
                .isEqualTo(3);
        assertThat(stats.freePlaces()).isEqualTo(10 + 20 + 100 + 150);
        assertThat(stats.capacitySharePercent()).as("280 free of 3 220 listed").isEqualTo(8.7);
        assertThat(stats.waitingMunicipal()).isEqualTo(12);
        assertThat(stats.utjamningstilskudd()).as("inhabitants not configured").isNull();
    }

    @Test
    void listsCountInTheContractsMunicipalityAndPersonsInTheirHomeMunicipality() {
        // GL-18: an intermunicipal GP service: the person lives in one member municipality, the office is in another
        StatisticsCalculator.Residents residents = new StatisticsCalculator.Residents(Map.of(
                "5099", Map.of("5099", 900L, "5028", 40L),
                "5028", Map.of("5099", 100L, "5028", 2000L)));
        List<ListRow> rows = List.of(row(TestContracts.open("A", 1100, fastlege("1", null, LONG_AGO, null)), 1000));

        MunicipalityStatistics stats = StatisticsCalculator.municipality("5099", settings(null, null), rows, 0,
                residents, TODAY);

        assertThat(stats.listed()).isEqualTo(1000);
        assertThat(stats.residentsListed()).isEqualTo(940);
        assertThat(stats.residentsListedElsewhere()).isEqualTo(40);
        assertThat(stats.listedFromElsewhere()).isEqualTo(100);
    }

    @Test
    void theSpecialistShareCountsListHoldersWhoseCompetenceIsKnownAndBreachesOfTheRule() {
        // GL-21 specialist share, GL-20 counted without personal data: 2 specialists, 1 in training, 1 neither
        // (on the contract since 2019-08-01), 1 not reported; the vikar is not a list holder
        LocalDate august2019 = LocalDate.of(2019, 8, 1);
        List<ListRow> rows = List.of(
                row(TestContracts.open("A", 1000, holder("1", LONG_AGO, Competence.SPECIALIST)), 900),
                row(TestContracts.open("B", 1000, holder("2", LONG_AGO, Competence.SPECIALIST)), 900),
                row(TestContracts.open("C", 1000, holder("3", august2019, Competence.IN_TRAINING)), 900),
                row(TestContracts.open("D", 1000, holder("4", august2019, Competence.NEITHER)), 900),
                row(TestContracts.open("E", 1000, holder("5", LONG_AGO, null)), 900),
                row(TestContracts.open("F", 1000, vikar("6", null, LONG_AGO, null)), 900));

        MunicipalityStatistics stats = StatisticsCalculator.municipality("5099", settings(null, null), rows, 0,
                NOBODY, TODAY);

        assertThat(stats.holderCompetence()).containsExactlyInAnyOrderEntriesOf(Map.of("spesialist", 2,
                "under-spesialisering", 1, "ingen", 1, "unknown", 1));
        assertThat(stats.specialistSharePercent()).as("2 of the 4 whose competence is known").isEqualTo(50.0);
        assertThat(stats.competenceFindings()).isEqualTo(1);
    }

    @Test
    void withoutAnyReportedCompetenceThereIsNoSpecialistShare() {
        MunicipalityStatistics stats = StatisticsCalculator.municipality("5099", settings(null, null),
                List.of(row(TestContracts.open("A", 1000, fastlege("1", null, LONG_AGO, null)), 900)), 0, NOBODY,
                TODAY);

        assertThat(stats.specialistSharePercent()).isNull();
        assertThat(stats.holderCompetence()).containsExactly(Map.entry("unknown", 1));
    }

    private static Doctor holder(String hpr, LocalDate from, Competence competence) {
        return new Doctor(hpr, null, null, null, DoctorRelationship.LPFL, null, Period.from(from), competence);
    }

    @Test
    void officeFiguresAreSummedPerOffice() {
        List<ListRow> rows = List.of(row(TestContracts.open("A", 1000, fastlege("1", null, LONG_AGO, null)), 1100),
                row(TestContracts.open("B", 900, fastlege("2", null, LONG_AGO, null)), 850));

        List<OfficeStatistics> offices = StatisticsCalculator.offices(rows);

        assertThat(offices).singleElement().satisfies(o -> {
            assertThat(o.orgNr()).isEqualTo(TestContracts.LADE.orgNr());
            assertThat(o.listed()).isEqualTo(1950);
            assertThat(o.freePlaces()).as("the list over its cap counts 0, not -100").isEqualTo(50);
        });
    }
}
