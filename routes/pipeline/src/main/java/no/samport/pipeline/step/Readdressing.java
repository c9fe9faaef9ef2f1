package no.samport.pipeline.step;

import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

/**
 * Writes a new receiver into a message bundle (the first destination and every Communication's recipient that named
 * the old one), so that the receiving EPJ sees the party the message really went to.
 */
final class Readdressing {

    private Readdressing() {
    }

    static Bundle readdress(Bundle bundle, PartyAddress receiver, String herId) {
        MessageHeader.MessageDestinationComponent destination = Bundles.header(bundle).getDestinationFirstRep();
        String old = destination.getReceiver().getReference();
        Reference added = PartyResources.addTo(bundle, receiver);
        destination.setReceiver(added).setEndpoint(Systems.herEndpoint(herId));
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Communication communication) {
                for (Reference recipient : communication.getRecipient()) {
                    if (old != null && old.equals(recipient.getReference())) {
                        recipient.setReference(added.getReference());
                    }
                }
            }
        }
        return bundle;
    }
}
