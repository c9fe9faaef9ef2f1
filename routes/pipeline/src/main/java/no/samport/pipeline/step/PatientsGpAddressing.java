package no.samport.pipeline.step;

import java.util.Optional;
import java.util.Set;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;

/**
 * Whether a message is addressed to "the patient's GP": its receiver is one of the HER-ids configured to mean that
 * ({@code samport.gp-lists.patients-gp-her-ids}), or (when {@code route-fastlege-role} is on) a health professional in
 * the role Fastlege (9034 code 6). Such a message is routed through the GP lists at send time.
 */
public final class PatientsGpAddressing {

    static final String FASTLEGE = "6";

    private final Set<String> patientsGpHerIds;
    private final boolean routeFastlegeRole;

    public PatientsGpAddressing(Set<String> patientsGpHerIds, boolean routeFastlegeRole) {
        this.patientsGpHerIds = Set.copyOf(patientsGpHerIds);
        this.routeFastlegeRole = routeFastlegeRole;
    }

    /** How the message names the patient's GP, or empty when it does not. */
    public Optional<String> how(Bundle bundle, MessageEnvelope envelope) {
        Optional<String> virtual = envelope.receiver().herIdsMostSpecificFirst().stream()
                .filter(patientsGpHerIds::contains).findFirst();
        if (virtual.isPresent()) {
            return Optional.of("addressed to HER-id " + virtual.get() + ", which means the patient's GP");
        }
        if (routeFastlegeRole && receiverIsFastlege(bundle)) {
            return Optional.of("addressed to " + envelope.receiver().displayName() + " in the role Fastlege (9034=6)");
        }
        return Optional.empty();
    }

    /** Whether the receiver HER-id is one that only means "the patient's GP" (no party of its own). */
    public boolean isVirtual(String herId) {
        return patientsGpHerIds.contains(herId);
    }

    /** The patient's fødselsnummer or D-nummer, when the message has a patient. */
    public static Optional<String> patientNin(Bundle bundle) {
        return Bundles.first(bundle, Patient.class).flatMap(patient ->
                Optional.ofNullable(PartyResources.identifier(patient.getIdentifier(), Systems.FNR))
                        .or(() -> Optional.ofNullable(PartyResources.identifier(patient.getIdentifier(), Systems.DNR))));
    }

    private static boolean receiverIsFastlege(Bundle bundle) {
        if (!Bundles.header(bundle).hasDestination()) {
            return false;
        }
        return Bundles.resolve(bundle, Bundles.header(bundle).getDestinationFirstRep().getReceiver())
                .filter(PractitionerRole.class::isInstance).map(PractitionerRole.class::cast)
                .map(role -> role.getCode().stream().flatMap(c -> c.getCoding().stream())
                        .anyMatch(c -> Systems.ROLE_TO_PATIENT.equals(c.getSystem()) && FASTLEGE.equals(c.getCode())))
                .orElse(false);
    }
}
