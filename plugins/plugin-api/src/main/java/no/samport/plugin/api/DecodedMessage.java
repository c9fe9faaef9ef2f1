package no.samport.plugin.api;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A decoded message.
 *
 * @param bundle   the canonical message bundle
 * @param format   the native format and version it came in, as a format id (e.g. {@code dialogmelding-1.0})
 * @param warnings deviations from the standard that were tolerated (lenient reading), for the status history
 */
public record DecodedMessage(Bundle bundle, String format, List<String> warnings) {

    public DecodedMessage {
        warnings = List.copyOf(warnings);
    }
}
