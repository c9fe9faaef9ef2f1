package no.samport.kith.pasientliste;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * The doctor a HIS 1023 list names (FnrLege, LegeNavn): the list's holder in the month — its fastlege (LPFL), else a
 * delelege (LPDL); a list held by neither is a list without a doctor (ListeType LU).
 */
final class GroupDoctors {

    /** The holder's fødselsnummer (may be null when not recorded) and name. */
    record Holder(String nin, String name) {
    }

    private GroupDoctors() {
    }

    static Optional<Holder> holder(Bundle bundle, Group group, YearMonth month) {
        return group.getExtensionsByUrl(GpListConventions.EXT_DOCTOR).stream()
                .map(Extension::getValue)
                .filter(Reference.class::isInstance)
                .map(v -> Bundles.resolve(bundle, (Reference) v).orElse(null))
                .filter(PractitionerRole.class::isInstance).map(PractitionerRole.class::cast)
                .filter(role -> overlaps(role, month))
                .filter(role -> rank(role) < 2)
                .min(Comparator.comparingInt(GroupDoctors::rank))
                .flatMap(role -> Bundles.resolve(bundle, role.getPractitioner()))
                .filter(Practitioner.class::isInstance).map(Practitioner.class::cast)
                .map(p -> new Holder(PartyResources.identifier(p.getIdentifier(), Systems.FNR), name(p)));
    }

    private static int rank(PractitionerRole role) {
        String relationship = role.getCode().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> GpListConventions.RELATIONSHIP.equals(c.getSystem()))
                .map(c -> c.getCode()).findFirst().orElse("");
        return switch (relationship) {
            case "LPFL" -> 0;
            case "LPDL" -> 1;
            default -> 2;
        };
    }

    private static boolean overlaps(PractitionerRole role, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate start = role.getPeriod().hasStart() ? LocalDate.parse(role.getPeriod().getStartElement()
                .getValueAsString().substring(0, 10)) : first;
        LocalDate end = role.getPeriod().hasEnd() ? LocalDate.parse(role.getPeriod().getEndElement()
                .getValueAsString().substring(0, 10)) : null;
        return !start.isAfter(last) && (end == null || !end.isBefore(first));
    }

    private static String name(Practitioner practitioner) {
        if (!practitioner.hasName()) {
            return null;
        }
        return practitioner.getNameFirstRep().hasText() ? practitioner.getNameFirstRep().getText()
                : practitioner.getNameFirstRep().getNameAsSingleString();
    }
}
