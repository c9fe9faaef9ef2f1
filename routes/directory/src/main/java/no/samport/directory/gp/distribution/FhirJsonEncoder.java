package no.samport.directory.gp.distribution;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;

/** Outgoing GP-list messages as FHIR JSON, one file per message: the default format. */
public final class FhirJsonEncoder implements ListDocumentEncoder {

    public static final String FORMAT = "fhir-json";

    private final FhirContext fhir;

    public FhirJsonEncoder(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<EncodedDocument> encode(Bundle message, Content content, YearMonth month, String stamp) {
        String event = Bundles.header(message).getEventCoding().getCode();
        byte[] json = fhir.newJsonParser().encodeResourceToString(message).getBytes(StandardCharsets.UTF_8);
        return List.of(new EncodedDocument(event + "-" + month + "-" + content.name().toLowerCase(Locale.ROOT) + "-"
                + stamp + ".json", json));
    }
}
