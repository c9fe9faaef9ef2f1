package no.samport.directory.gp.distribution;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

/** New outgoing GP-list message bundles: Samport is the source, the recipient a communication party (HER-id). */
final class GpMessages {

    static final String SOURCE = "samport";

    private GpMessages() {
    }

    static Bundle newMessage(String event, String display, PartyAddress recipient, Instant now) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(GpListConventions.EVENT, event, display));
        header.getSource().setName(SOURCE).setEndpoint("urn:samport:gp-lists");
        Bundle bundle = Bundles.newMessage(UUID.randomUUID().toString(), Date.from(now), header);
        Reference receiver = PartyResources.addTo(bundle, recipient);
        header.addDestination().setEndpoint(Systems.herEndpoint(recipient.mostSpecificHerId().orElse("")))
                .setReceiver(receiver);
        return bundle;
    }

    static void focus(Bundle bundle, Reference reference) {
        Bundles.header(bundle).addFocus(reference);
    }
}
