package no.samport.directory.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.GpChange;
import no.samport.directory.gp.change.MergerMapping;
import no.samport.directory.gp.stats.ListRow;
import no.samport.directory.gp.stats.MunicipalityStatistics;
import no.samport.directory.gp.stats.StatisticsCalculator;
import org.junit.jupiter.api.Test;

/**
 * GL-19: a municipal merger cut-over. The numbers are fictional (5091 Storvik and 5092 Småvik become 5090 Nye Storvik
 * on 2020-01-01), modelled on "Nye Narvik" (`001_a566af941c37529c.txt:4429-4433`), whose numbers are not in the sources.
 */
class MunicipalMergerTest {

    private static final LocalDate CUT_OVER = LocalDate.of(2020, 1, 1);
    private static final GpOffice STORVIK_LEGESENTER = new GpOffice("974760711", "8300711", "Storvik legesenter",
            "5091");
    private final MunicipalityMergers mergers = new MunicipalityMergers(Map.of("5090", merger("5091", "5092")));

    private static MergerProperties merger(String... from) {
        MergerProperties merger = new MergerProperties();
        merger.setFrom(List.of(from));
        merger.setEffective(CUT_OVER);
        return merger;
    }

    private static GpContract storvikContract() {
        return new GpContract("5091-004", STORVIK_LEGESENTER, "5091", 900, ContractStatus.FAAA,
                Period.from(LocalDate.of(2012, 1, 1)), ContractModel.HOVEDMODELL, List.of(), TestContracts.FLR);
    }

    private static ChangeEnvelope contractChange(Instant recorded) {
        return new ChangeEnvelope("c-1", new Provenance("flr", recorded), "fp",
                new GpChange.ContractChanged(storvikContract(), null));
    }

    @Test
    void anOldNumberStandsForTheNewOneFromTheEffectiveDayOnly() {
        assertThat(mergers.current("5091", CUT_OVER.minusDays(1))).isEqualTo("5091");
        assertThat(mergers.current("5091", CUT_OVER)).isEqualTo("5090");
        assertThat(mergers.current("5092", LocalDate.of(2024, 5, 2))).isEqualTo("5090");
        assertThat(mergers.current("5001", LocalDate.of(2024, 5, 2))).isEqualTo("5001");
    }

    @Test
    void aChangeRecordedAfterTheMergerIsMappedWithANoteAndOneRecordedBeforeKeepsTheOldNumber() {
        MergerMapping mapping = new MergerMapping(mergers);

        MergerMapping.Mapped after = mapping.map(contractChange(Instant.parse("2020-01-06T08:00:00Z")),
                LocalDate.of(2020, 1, 6));
        MergerMapping.Mapped before = mapping.map(contractChange(Instant.parse("2019-12-20T08:00:00Z")),
                LocalDate.of(2019, 12, 20));

        GpContract mapped = ((GpChange.ContractChanged) after.change().change()).contract();
        assertThat(mapped.municipality()).isEqualTo("5090");
        assertThat(mapped.office().municipality()).isEqualTo("5090");
        assertThat(after.change().fingerprint()).as("still the same change when re-sent").isEqualTo("fp");
        assertThat(after.notes()).containsExactly(
                "the contract's municipality 5091 was merged into 5090 on 2020-01-01: recorded as 5090",
                "the office's municipality 5091 was merged into 5090 on 2020-01-01: recorded as 5090");
        assertThat(((GpChange.ContractChanged) before.change().change()).contract().municipality()).isEqualTo("5091");
        assertThat(before.notes()).isEmpty();
    }

    @Test
    void aPersonsHomeMunicipalityIsMappedButNeverNamedInTheNote() {
        ListedPatient person = new ListedPatient("12835412316", "Fjelltun", "Astrid", LocalDate.of(1954, 3, 12), "2",
                "5092");
        ChangeEnvelope joined = new ChangeEnvelope("j-1", new Provenance("kommune", Instant.parse("2020-02-03T08:00:00Z")),
                "fp", new GpChange.MemberAdded("5091-004", person, LocalDate.of(2020, 2, 3), "OTOB", null));

        MergerMapping.Mapped mapped = new MergerMapping(mergers).map(joined, LocalDate.of(2020, 2, 3));

        assertThat(((GpChange.MemberAdded) mapped.change().change()).patient().homeMunicipality()).isEqualTo("5090");
        assertThat(String.join(" ", mapped.notes())).contains("5092").doesNotContain("12835412316")
                .doesNotContain("Fjelltun");
    }

    @Test
    void theOldMunicipalitiesListsCountUnderTheNewOneFromTheEffectiveDay() {
        GpContract storvik = storvikContract();
        GpContract smavik = new GpContract("5092-001", new GpOffice("974760729", "8300729", "Småvik legekontor",
                "5092"), "5092", 700, ContractStatus.FAAA, Period.from(LocalDate.of(2015, 1, 1)), null, List.of(),
                TestContracts.FLR);
        LocalDate day = LocalDate.of(2024, 5, 2);
        List<ListRow> rows = List.of(new ListRow(mergers.current(storvik, day), 850, 0, day),
                new ListRow(mergers.current(smavik, day), 690, 0, day));

        MunicipalityStatistics stats = StatisticsCalculator.municipality("5090", new MunicipalityProperties(), rows, 0,
                new StatisticsCalculator.Residents(Map.of()), day);

        assertThat(stats.contracts()).isEqualTo(2);
        assertThat(stats.listed()).isEqualTo(1540);
        assertThat(mergers.current(storvik, CUT_OVER.minusDays(1))).as("before the day, as recorded").isSameAs(storvik);
    }

    @Test
    void aMunicipalityMergedTwiceOrWithoutADayIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new MunicipalityMergers(Map.of("5090", merger("5091"), "5089", merger("5091"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5091 is merged twice");
        MergerProperties undated = new MergerProperties();
        undated.setFrom(List.of("5091"));
        assertThatThrownBy(() -> new MunicipalityMergers(Map.of("5090", undated)))
                .hasMessageContaining("municipality-mergers.5090.effective is missing");
    }

    @Test
    void aMergedMunicipalityWithoutSettingsOfItsOwnHasTheNewOnes() {
        GpListsProperties properties = new GpListsProperties();
        properties.getMunicipalityMergers().put("5090", merger("5091", "5092"));
        MunicipalityProperties nyeStorvik = new MunicipalityProperties();
        nyeStorvik.setFallbackHerId("8300790");
        properties.getMunicipalities().put("5090", nyeStorvik);

        assertThat(new MunicipalitySettings(properties).of("5091").getFallbackHerId()).isEqualTo("8300790");
    }
}
