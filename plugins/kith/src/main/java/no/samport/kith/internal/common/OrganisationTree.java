package no.samport.kith.internal.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The organisation units of a party, from the top-level organisation down ({@code partOf} chain), as KITH nests them,
 * and the professional (a PractitionerRole) at the level the role's organization names.
 *
 * @param units             top-level organisation first; below the party's own unit, departments whose
 *                          {@code partOf} points to it are included (a professional at level 1 beside a level 2)
 * @param professionalLevel index in {@code units} of the professional's unit, or -1 without a professional
 * @param professional      the PractitionerRole, or null
 */
public record OrganisationTree(List<Organization> units, int professionalLevel, PractitionerRole professional) {

    private static final int MAX_LEVELS = 10;

    /** The tree of the party a reference points to (a PractitionerRole or an Organization). */
    public static OrganisationTree of(Bundle bundle, Reference party) throws MessageRejectedException {
        Resource target = Bundles.resolve(bundle, party).orElseThrow(() -> unwritable(
                "the party reference " + (party == null ? null : party.getReference()) + " is not in the bundle"));
        PractitionerRole role = target instanceof PractitionerRole r ? r : null;
        Resource unitResource = role == null ? target : Bundles.resolve(bundle, role.getOrganization()).orElse(null);
        if (!(unitResource instanceof Organization unit)) {
            throw unwritable("the party has no Organization (KITH addresses every party through an Organisation)");
        }
        List<Organization> units = new ArrayList<>();
        for (Organization at = unit; at != null && units.size() < MAX_LEVELS; at = parent(bundle, at)) {
            units.add(0, at);
        }
        int professionalLevel = role == null ? -1 : units.size() - 1;
        for (Optional<Organization> child = child(bundle, units); child.isPresent() && units.size() < MAX_LEVELS;
             child = child(bundle, units)) {
            units.add(child.get());
        }
        return new OrganisationTree(List.copyOf(units), professionalLevel, role);
    }

    private static Organization parent(Bundle bundle, Organization organization) {
        if (!organization.hasPartOf()) {
            return null;
        }
        return Bundles.resolve(bundle, organization.getPartOf()).filter(Organization.class::isInstance)
                .map(Organization.class::cast).orElse(null);
    }

    private static Optional<Organization> child(Bundle bundle, List<Organization> units) {
        Organization last = units.get(units.size() - 1);
        return bundle.getEntry().stream().map(BundleEntryComponent::getResource)
                .filter(Organization.class::isInstance).map(Organization.class::cast)
                .filter(candidate -> !units.contains(candidate) && parent(bundle, candidate) == last)
                .findFirst();
    }

    private static MessageRejectedException unwritable(String why) {
        return new MessageRejectedException(AppRecError.T99, "Cannot write the message: " + why);
    }
}
