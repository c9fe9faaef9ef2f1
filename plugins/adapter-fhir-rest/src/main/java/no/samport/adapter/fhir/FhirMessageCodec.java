package no.samport.adapter.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 message bundles in JSON (format id {@code fhir-r4-message}): Samport's canonical model is already FHIR, so
 * decoding checks the message's shape and encoding writes it out. The bundle follows Samport's conventions
 * ({@code no.samport.plugin.api.fhir}, docs/mapping): MsgId in Bundle.identifier, the KITH message type in
 * MessageHeader.eventCoding, parties with HER-ids. Rejections: not JSON or not FHIR → T01; not a message bundle
 * with a MessageHeader, no MsgId → T02.
 */
public final class FhirMessageCodec implements MessageCodec {

    public static final String FORMAT = "fhir-r4-message";

    private final FhirContext fhir;

    public FhirMessageCodec(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public DecodedMessage decode(byte[] nativeMessage) throws MessageRejectedException {
        Resource resource;
        try {
            resource = (Resource) parser().parseResource(new String(nativeMessage, StandardCharsets.UTF_8));
        } catch (DataFormatException | ClassCastException e) {
            throw new MessageRejectedException(AppRecError.T01, "Not a FHIR R4 resource in JSON: " + firstLine(e));
        }
        if (!(resource instanceof Bundle bundle) || bundle.getType() != Bundle.BundleType.MESSAGE) {
            throw new MessageRejectedException(AppRecError.T02, "Expected a Bundle of type message, got "
                    + resource.fhirType() + (resource instanceof Bundle b ? " of type " + b.getType() : ""));
        }
        if (!(bundle.getEntryFirstRep().getResource() instanceof MessageHeader)) {
            throw new MessageRejectedException(AppRecError.T02, "The message bundle's first entry is not a MessageHeader");
        }
        if (!bundle.hasIdentifier() || !bundle.getIdentifier().hasValue()) {
            throw new MessageRejectedException(AppRecError.T02, "The message bundle has no identifier (the MsgId)");
        }
        List<String> warnings = new ArrayList<>();
        if (!bundle.hasTimestamp()) {
            warnings.add("Bundle.timestamp (GenDate) is missing");
        }
        return new DecodedMessage(bundle, FORMAT, warnings);
    }

    @Override
    public byte[] encode(Bundle message, EncodingPreferences preferences) throws MessageRejectedException {
        if (!preferences.accepts(FORMAT)) {
            throw new MessageRejectedException(AppRecError.T10, "The receiver accepts " + preferences.acceptedFormats()
                    + ", not " + FORMAT);
        }
        return parser().encodeResourceToString(message).getBytes(StandardCharsets.UTF_8);
    }

    private IParser parser() {
        return fhir.newJsonParser();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
