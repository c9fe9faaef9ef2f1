package no.samport.pipeline.step;

import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import no.samport.plugin.api.fhir.Systems;

/**
 * Whether a canonical message says it is urgent: the MessageHeader's {@code kith-requested-priority} (MsgHead
 * {@code MsgInfo/RequestedPriority}) or a Communication's {@code dialogmelding-hastegrad} (Dialogmelding
 * {@code Foresporsel/Hastegrad}) carries one of the configured urgent codes, or a Communication's FHIR priority is
 * urgent, asap or stat.
 */
public final class Urgency {

    static final String REQUESTED_PRIORITY = Systems.SAMPORT_BASE + "StructureDefinition/kith-requested-priority";
    static final String HASTEGRAD = Systems.SAMPORT_BASE + "StructureDefinition/dialogmelding-hastegrad";

    private final Set<String> urgentCodes;

    public Urgency(Set<String> urgentCodes) {
        this.urgentCodes = Set.copyOf(urgentCodes);
    }

    public boolean isUrgent(Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof MessageHeader header && coded(header, REQUESTED_PRIORITY)) {
                return true;
            }
            if (entry.getResource() instanceof Communication communication
                    && (coded(communication, HASTEGRAD) || urgentPriority(communication))) {
                return true;
            }
        }
        return false;
    }

    private boolean coded(DomainResource resource, String url) {
        for (Extension extension : resource.getExtensionsByUrl(url)) {
            if (extension.getValue() instanceof Coding coding && urgentCodes.contains(coding.getCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean urgentPriority(Communication communication) {
        return communication.hasPriority() && communication.getPriority() != Communication.CommunicationPriority.ROUTINE;
    }
}
