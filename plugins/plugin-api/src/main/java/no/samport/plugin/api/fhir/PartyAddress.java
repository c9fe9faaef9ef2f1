package no.samport.plugin.api.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who a message is from or to, as KITH addresses it: an organisation, optionally a department or service inside it
 * (the level-2 {@code Organisation}), optionally a named health professional.
 *
 * @param organisation the top-level organisation; never null
 * @param department   the department or service inside it, or null
 * @param person       the named person, or null
 */
public record PartyAddress(Unit organisation, Unit department, Person person) {

    /** An organisation or department: its name and HER-id (either may be null on incoming messages). */
    public record Unit(String name, String herId) {
    }

    /** A named health professional: display name, person HER-id and HPR number (each may be null). */
    public record Person(String name, String herId, String hprNumber) {
    }

    public PartyAddress {
        if (organisation == null) {
            organisation = new Unit(null, null);
        }
    }

    public static PartyAddress organisation(String name, String herId) {
        return new PartyAddress(new Unit(name, herId), null, null);
    }

    public PartyAddress withDepartment(String name, String herId) {
        return new PartyAddress(organisation, new Unit(name, herId), person);
    }

    public PartyAddress withPerson(String name, String herId, String hprNumber) {
        return new PartyAddress(organisation, department, new Person(name, herId, hprNumber));
    }

    /** HER-ids from the most specific (person, then department) to the organisation's: the order to resolve in. */
    public List<String> herIdsMostSpecificFirst() {
        List<String> ids = new ArrayList<>(3);
        if (person != null && person.herId() != null) {
            ids.add(person.herId());
        }
        if (department != null && department.herId() != null) {
            ids.add(department.herId());
        }
        if (organisation.herId() != null) {
            ids.add(organisation.herId());
        }
        return ids;
    }

    /** The most specific HER-id, if any is given. */
    public Optional<String> mostSpecificHerId() {
        return herIdsMostSpecificFirst().stream().findFirst();
    }

    /** A short name for status lines: "Organisation / Department". */
    public String displayName() {
        String org = organisation.name() == null ? "?" : organisation.name();
        return department == null || department.name() == null ? org : org + " / " + department.name();
    }
}
