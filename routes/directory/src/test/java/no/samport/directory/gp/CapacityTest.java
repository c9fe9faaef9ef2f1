package no.samport.directory.gp;

import static no.samport.directory.gp.TestContracts.contract;
import static no.samport.directory.gp.TestContracts.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.samport.testfixtures.gplists.MunicipalityGenerator;
import no.samport.testfixtures.gplists.SyntheticMunicipality;
import org.junit.jupiter.api.Test;

class CapacityTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 15);

    @Test
    void freePlacesAreTheCapLessThoseListedOnAnOpenList() {
        assertThat(Capacity.freePlaces(open("C1", 1000), 960, TODAY)).isEqualTo(40);
        assertThat(Capacity.whyNoNewPatient(open("C1", 1000), 960, TODAY)).isEmpty();
    }

    @Test
    void aCapCutBelowTheListLeavesNoFreePlacesAndNoNegativeOnes() {
        // GL-04: the cap drops 1 250 -> 1 000 with 1 180 listed; nobody is removed
        GpContract cut = open("C2", 1000);

        assertThat(Capacity.freePlaces(cut, 1180, TODAY)).isZero();
        assertThat(Capacity.whyNoNewPatient(cut, 1180, TODAY)).hasValueSatisfying(why -> assertThat(why)
                .contains("1180 patients for a cap of 1000").contains("takes no one new until it is under its cap"));
        assertThat(Capacity.whyNoNewPatient(cut, 999, TODAY)).isEmpty();
    }

    @Test
    void aClosedOrLockedListOffersNoPlacesWhateverItsCap() {
        assertThat(Capacity.freePlaces(contract("C3", 1200, ContractStatus.FALU, LocalDate.of(2015, 1, 1)), 900, TODAY))
                .isZero();
        assertThat(Capacity.whyNoNewPatient(contract("C4", 1200, ContractStatus.FALA, LocalDate.of(2015, 1, 1)), 900,
                TODAY)).hasValueSatisfying(why -> assertThat(why).contains("FALA"));
    }

    @Test
    void aNewContractTakesNoOneBeforeItStartsThenPublishesItsWholeCap() {
        // GL-05 / GL-06: new contracts of 750 from 1 January; a nullhjemmel starts with nobody listed
        GpContract fromNewYear = contract("C5", 750, ContractStatus.FAAA, LocalDate.of(2025, 1, 1));

        assertThat(Capacity.freePlaces(fromNewYear, 0, LocalDate.of(2024, 12, 31))).isZero();
        assertThat(Capacity.whyNoNewPatient(fromNewYear, 0, LocalDate.of(2024, 12, 31)))
                .hasValueSatisfying(why -> assertThat(why).contains("starts on 2025-01-01"));
        assertThat(Capacity.freePlaces(fromNewYear, 0, LocalDate.of(2025, 1, 1))).isEqualTo(750);
    }

    @Test
    void grimstadsFreePlacesAreSummedPerListNeverTheCapLessThoseListedOverTheMunicipality() {
        // GL-03: 24 050 contracted, 24 545 listed, yet 400 free on particular lists
        SyntheticMunicipality grimstad = new MunicipalityGenerator(3).grimstad(TODAY, LocalDate.of(2025, 1, 1));
        var listed = grimstad.listingsByContract();
        List<Capacity.ListFigures> lists = grimstad.contracts().stream()
                .map(c -> new Capacity.ListFigures(contract(c.id(), c.cap(), ContractStatus.FAAA, c.validFrom()),
                        listed.getOrDefault(c.id(), List.of()).size()))
                .toList();
        long totalListed = lists.stream().mapToLong(Capacity.ListFigures::listed).sum();

        assertThat(grimstad.capTotal(TODAY)).isEqualTo(24_050);
        assertThat(totalListed).isEqualTo(24_545);
        assertThat(Capacity.freePlaces(lists, TODAY)).isEqualTo(400);
        assertThat(grimstad.capTotal(TODAY) - totalListed).isNegative();
    }
}
