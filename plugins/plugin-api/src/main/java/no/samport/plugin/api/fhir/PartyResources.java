package no.samport.plugin.api.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Maps a {@link PartyAddress} to FHIR resources in a bundle and back: an {@code Organization} (HER-id), a department
 * as an {@code Organization} with {@code partOf}, a person as {@code Practitioner} + {@code PractitionerRole}.
 */
public final class PartyResources {

    private PartyResources() {
    }

    /** Adds the party's resources to the bundle; returns a reference to the most specific one. */
    public static Reference addTo(Bundle bundle, PartyAddress party) {
        Reference org = Bundles.add(bundle, organization(party.organisation()));
        Reference unit = org;
        if (party.department() != null) {
            Organization dept = organization(party.department());
            dept.setPartOf(org);
            unit = Bundles.add(bundle, dept);
        }
        if (party.person() == null) {
            return unit;
        }
        Practitioner practitioner = new Practitioner();
        PartyAddress.Person person = party.person();
        if (person.name() != null) {
            practitioner.addName(new HumanName().setText(person.name()));
        }
        addIdentifier(practitioner.getIdentifier(), Systems.HER, person.herId());
        addIdentifier(practitioner.getIdentifier(), Systems.HPR, person.hprNumber());
        PractitionerRole role = new PractitionerRole();
        role.setPractitioner(Bundles.add(bundle, practitioner));
        role.setOrganization(unit);
        return Bundles.add(bundle, role);
    }

    private static Organization organization(PartyAddress.Unit unit) {
        Organization organization = new Organization();
        organization.setName(unit.name());
        addIdentifier(organization.getIdentifier(), Systems.HER, unit.herId());
        return organization;
    }

    private static void addIdentifier(java.util.List<Identifier> identifiers, String system, String value) {
        if (value != null && !value.isBlank()) {
            identifiers.add(new Identifier().setSystem(system).setValue(value));
        }
    }

    /** Reads the party a reference points to (PractitionerRole, Practitioner or Organization). */
    public static PartyAddress read(Bundle bundle, Reference reference) {
        Optional<Resource> target = Bundles.resolve(bundle, reference);
        if (target.isEmpty()) {
            return new PartyAddress(null, null, null);
        }
        Resource resource = target.get();
        if (resource instanceof PractitionerRole role) {
            PartyAddress units = readUnits(bundle, role.getOrganization());
            Optional<Resource> practitioner = Bundles.resolve(bundle, role.getPractitioner());
            return practitioner.filter(Practitioner.class::isInstance)
                    .map(p -> new PartyAddress(units.organisation(), units.department(), person((Practitioner) p)))
                    .orElse(units);
        }
        if (resource instanceof Practitioner practitioner) {
            return new PartyAddress(null, null, person(practitioner));
        }
        return readUnits(bundle, reference);
    }

    private static PartyAddress readUnits(Bundle bundle, Reference reference) {
        Optional<Resource> target = Bundles.resolve(bundle, reference);
        if (target.isEmpty() || !(target.get() instanceof Organization organization)) {
            return new PartyAddress(null, null, null);
        }
        if (organization.hasPartOf()) {
            Optional<Resource> parent = Bundles.resolve(bundle, organization.getPartOf());
            if (parent.isPresent() && parent.get() instanceof Organization top) {
                return new PartyAddress(unit(top), unit(organization), null);
            }
        }
        return new PartyAddress(unit(organization), null, null);
    }

    private static PartyAddress.Unit unit(Organization organization) {
        return new PartyAddress.Unit(organization.getName(), identifier(organization.getIdentifier(), Systems.HER));
    }

    private static PartyAddress.Person person(Practitioner practitioner) {
        String name = null;
        if (practitioner.hasName()) {
            HumanName humanName = practitioner.getNameFirstRep();
            name = humanName.hasText() ? humanName.getText() : humanName.getNameAsSingleString();
        }
        return new PartyAddress.Person(name,
                identifier(practitioner.getIdentifier(), Systems.HER),
                identifier(practitioner.getIdentifier(), Systems.HPR));
    }

    /** The value of the first identifier with the given system, or null. */
    public static String identifier(java.util.List<Identifier> identifiers, String system) {
        return identifiers.stream()
                .filter(id -> system.equals(id.getSystem()))
                .map(Identifier::getValue)
                .findFirst()
                .orElse(null);
    }
}
