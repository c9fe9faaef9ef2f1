package no.samport.testfixtures.gplists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A generated municipality's GP data: offices, contracts with doctors, the persons on each list and the waiting list.
 * Everything is synthetic (see {@link SyntheticIdentities}); the sizes come from the figures in GP-LISTS.md §7.
 */
public record SyntheticMunicipality(String code, String name, String waitingListModel, List<Office> offices,
                                    List<Contract> contracts, List<Listing> listings, List<Waiting> waiting) {

    /** A GP office. */
    public record Office(String orgNr, String herId, String name) {
    }

    /** A doctor on a contract: relationship LPFL, LPVI or LPDL (7750). */
    public record Doctor(String hpr, String herId, String name, String nin, String relationship, LocalDate from,
                         LocalDate to) {
    }

    /** A GP contract: cap, status (7751), model, start, doctors. */
    public record Contract(String id, String officeOrgNr, int cap, String status, String model, LocalDate validFrom,
                           List<Doctor> doctors) {
    }

    /** A person. */
    public record Person(String nin, String familyName, String givenName, LocalDate birthDate, String sex,
                         String homeMunicipality) {
        @Override
        public String toString() {
            return "Person[***********]";
        }
    }

    /** A person on a list since a day. */
    public record Listing(String contractId, Person person, LocalDate from) {
    }

    /** A person on the waiting list: for a GP's list (contractId) or the municipality's (contractId null). */
    public record Waiting(String entryId, Person person, String contractId, String group, Instant joinedAt) {
    }

    public Map<String, List<Listing>> listingsByContract() {
        return listings.stream().collect(Collectors.groupingBy(Listing::contractId));
    }

    public Office office(String orgNr) {
        return offices.stream().filter(o -> o.orgNr().equals(orgNr)).findFirst().orElseThrow();
    }

    public long capTotal(LocalDate day) {
        return contracts.stream().filter(c -> !c.validFrom().isAfter(day)).mapToLong(Contract::cap).sum();
    }
}
