package no.samport.pipeline.endpoint;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Set;
import no.samport.plugin.api.Adapter;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.EndpointSettings;

/**
 * A configured endpoint with the adapter that serves it.
 *
 * @param settings       what the adapter sees
 * @param adapter        the adapter
 * @param sendsAppRec    whether the system behind it sends its own receipts
 * @param defaultFormats formats it reads when the communication party does not say
 * @param charset        the character encoding it reads
 * @param openingHours   when the office behind it is open; empty when always
 */
public record Endpoint(EndpointSettings settings, Adapter adapter, boolean sendsAppRec, Set<String> defaultFormats,
                       Charset charset, Optional<OpeningHours> openingHours) {

    public String id() {
        return settings.id();
    }

    /** Encoding preferences for a receiver on this endpoint: the party's formats when it names any. */
    public EncodingPreferences preferences(Set<String> partyFormats) {
        return new EncodingPreferences(partyFormats.isEmpty() ? defaultFormats : partyFormats, charset);
    }
}
