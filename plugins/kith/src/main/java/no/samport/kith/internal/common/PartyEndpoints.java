package no.samport.kith.internal.common;

import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;

/** The endpoint URI of a party for MessageHeader.source/destination, as {@code AppRecBundles} writes it. */
public final class PartyEndpoints {

    private PartyEndpoints() {
    }

    /** {@code urn:samport:her:<most specific HER-id>}, or {@code …:unknown} when the party has none. */
    public static String of(Bundle bundle, Reference party) {
        return PartyResources.read(bundle, party).mostSpecificHerId().map(Systems::herEndpoint)
                .orElse(Systems.HER_ENDPOINT_PREFIX + "unknown");
    }
}
