package no.example.samport.fhirfolder;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;

/** FHIR R4 message bundles as JSON files (format id {@code fhir-json-file}). */
public final class FhirJsonCodec implements MessageCodec {

    public static final String FORMAT = "fhir-json-file";

    private final FhirContext fhir = FhirContext.forR4Cached();

    @Override
    public DecodedMessage decode(byte[] nativeMessage) throws MessageRejectedException {
        IBaseResource resource;
        try {
            resource = fhir.newJsonParser().parseResource(new String(nativeMessage, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            // SPI rule 5: unreadable input is a rejection with an 8221 code, never another exception
            throw new MessageRejectedException(AppRecError.T01, "The file is not FHIR JSON");
        }
        if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.MESSAGE
                || !(bundle.getEntryFirstRep().getResource() instanceof MessageHeader)
                || !bundle.getIdentifier().hasValue()) {
            throw new MessageRejectedException(AppRecError.T02,
                    "The file is not a FHIR message bundle with a MessageHeader and an identifier");
        }
        return new DecodedMessage(bundle, FORMAT, List.of());
    }

    @Override
    public byte[] encode(Bundle message, EncodingPreferences preferences) throws MessageRejectedException {
        if (!preferences.accepts(FORMAT)) {
            throw new MessageRejectedException(AppRecError.T10, "The receiver does not read " + FORMAT);
        }
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(message).getBytes(StandardCharsets.UTF_8);
    }
}
