package no.samport.testfixtures.gplists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds offices, contracts with doctors and full lists for one generated municipality. */
final class ListBuilder {

    private final String municipality;
    private final String prefix;
    private final Random random;
    private final PersonFactory persons;
    private final LocalDate today;
    private final int herBase;
    private final List<SyntheticMunicipality.Office> offices = new ArrayList<>();
    private final List<SyntheticMunicipality.Contract> contracts = new ArrayList<>();
    private final List<SyntheticMunicipality.Listing> listings = new ArrayList<>();
    private int serial;

    ListBuilder(String municipality, String prefix, Random random, SyntheticIdentities ids, PersonFactory persons,
                LocalDate today) {
        this.municipality = municipality;
        this.prefix = prefix;
        this.random = random;
        this.persons = persons;
        this.today = today;
        // fictional HER-ids: 9 followed by the municipality number and a serial
        this.herBase = 9_000_000 + Integer.parseInt(municipality) * 100;
    }

    /** A new office; returns its organisation number. */
    String office(String name) {
        SyntheticMunicipality.Office office = new SyntheticMunicipality.Office(
                SyntheticIdentities.organisationNumber(Integer.parseInt(municipality) * 100 + offices.size()),
                String.valueOf(herBase * 10L + offices.size()), name);
        offices.add(office);
        return office.orgNr();
    }

    /** A contract with one doctor (a vikar when {@code vacant}) and {@code listed} persons on its list. */
    String contract(String officeOrgNr, int cap, int listed, String model, LocalDate validFrom, boolean vacant) {
        serial++;
        String id = prefix + "-" + String.format("%03d", serial);
        SyntheticMunicipality.Person person = persons.doctor(municipality);
        String hpr = String.valueOf(9_100_000 + Integer.parseInt(municipality) % 100 * 1000 + serial);
        String herId = String.valueOf(herBase * 10L + 500 + serial);
        String name = person.givenName() + " " + person.familyName();
        List<SyntheticMunicipality.Doctor> doctors = new ArrayList<>();
        if (vacant) {
            // the fastlege left a year and a half ago (or soon after the contract began); a vikar serves the list since
            LocalDate left = today.minusMonths(18).isAfter(validFrom) ? today.minusMonths(18) : validFrom.plusDays(1);
            doctors.add(new SyntheticMunicipality.Doctor(hpr, herId, name, person.nin(), "LPFL", validFrom, left));
            SyntheticMunicipality.Person vikar = persons.doctor(municipality);
            doctors.add(new SyntheticMunicipality.Doctor(String.valueOf(Integer.parseInt(hpr) + 500),
                    String.valueOf(Long.parseLong(herId) + 500), vikar.givenName() + " " + vikar.familyName(),
                    vikar.nin(), "LPVI", left.plusDays(1), null));
        } else {
            doctors.add(new SyntheticMunicipality.Doctor(hpr, herId, name, person.nin(), "LPFL", validFrom, null));
        }
        contracts.add(new SyntheticMunicipality.Contract(id, officeOrgNr, cap, "FAAA", model, validFrom, doctors));
        long days = Math.max(1, today.toEpochDay() - validFrom.toEpochDay());
        for (int i = 0; i < listed; i++) {
            LocalDate from = validFrom.plusDays(random.nextLong(days));
            listings.add(new SyntheticMunicipality.Listing(id, persons.person(municipality, random.nextInt(100) < 3),
                    from));
        }
        return id;
    }

    /** A contract start between 1 and 20 years ago. */
    LocalDate since() {
        return today.minusDays(365 + random.nextInt(365 * 19));
    }

    SyntheticMunicipality build(String name, String waitingListModel, List<SyntheticMunicipality.Waiting> waiting) {
        return new SyntheticMunicipality(municipality, name, waitingListModel, List.copyOf(offices),
                List.copyOf(contracts), List.copyOf(listings), List.copyOf(waiting));
    }
}
