package no.samport.pipeline.step;

import java.util.UUID;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.store.MessageStore;
import org.hl7.fhir.r4.model.Bundle;

/** Reads a stored message's canonical bundle. */
public final class CanonicalMessages {

    private final MessageStore store;
    private final FhirJson json;

    public CanonicalMessages(MessageStore store, FhirJson json) {
        this.store = store;
        this.json = json;
    }

    public Bundle load(UUID trackingId) {
        return json.read(store.canonical(trackingId).orElseThrow(
                () -> new IllegalStateException("Message " + trackingId + " has no decoded form")));
    }
}
