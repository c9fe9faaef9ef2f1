package no.samport.gateway.policy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.nio.charset.StandardCharsets;
import no.samport.gateway.support.MessageSyntax;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Reads a message for a dry run: a FHIR message Bundle (JSON or XML) as-is, anything else through a native codec
 * (KITH XML), exactly as the decode stage would. FHIR XML with a DOCTYPE is refused (no entities are ever resolved).
 */
public final class MessageFiles {

    private final FhirContext fhir;
    private final MessageCodec codec;

    public MessageFiles(FhirContext fhir, MessageCodec codec) {
        this.fhir = fhir;
        this.codec = codec;
    }

    /** The message bundle; fails with a reason a person can act on. */
    public Bundle read(byte[] bytes) {
        MessageSyntax syntax = MessageSyntax.of(bytes);
        Bundle bundle;
        try {
            if (syntax == MessageSyntax.FHIR_JSON) {
                bundle = fhir.newJsonParser().parseResource(Bundle.class, new String(bytes, StandardCharsets.UTF_8));
            } else if (syntax == MessageSyntax.FHIR_XML) {
                if (new String(bytes, StandardCharsets.UTF_8).contains("<!DOCTYPE")) {
                    throw new UnreadableMessageException("FHIR XML with a DOCTYPE is not read");
                }
                bundle = fhir.newXmlParser().parseResource(Bundle.class, new String(bytes, StandardCharsets.UTF_8));
            } else {
                bundle = codec.decode(bytes).bundle();
            }
        } catch (DataFormatException e) {
            throw new UnreadableMessageException("not a FHIR Bundle: " + e.getMessage());
        } catch (MessageRejectedException e) {
            throw new UnreadableMessageException("the codec refuses it (" + e.error().code() + "): " + e.getMessage());
        }
        if (bundle.getType() != Bundle.BundleType.MESSAGE || bundle.getEntry().isEmpty()
                || !(bundle.getEntryFirstRep().getResource() instanceof org.hl7.fhir.r4.model.MessageHeader)) {
            throw new UnreadableMessageException("a FHIR message is a Bundle of type 'message' whose first entry is a "
                    + "MessageHeader");
        }
        Bundles.header(bundle);
        return bundle;
    }

    /** A message that cannot be read, and why. */
    public static final class UnreadableMessageException extends RuntimeException {
        public UnreadableMessageException(String message) {
            super(message);
        }
    }
}
