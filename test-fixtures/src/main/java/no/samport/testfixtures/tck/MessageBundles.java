package no.samport.testfixtures.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.samport.plugin.api.fhir.MessageEnvelope;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;

/** Assertions on Samport message bundles, as the TCK's rules 4 and 6 state them. */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** A FHIR message bundle: type message, first entry a MessageHeader, the MsgId as identifier, a sender. */
    public static void assertIsMessage(Bundle bundle) {
        assertNotNull(bundle, "no bundle");
        assertEquals(Bundle.BundleType.MESSAGE, bundle.getType(), "bundle type");
        assertFalse(bundle.getEntry().isEmpty(), "the bundle has no entries");
        assertTrue(bundle.getEntryFirstRep().getResource() instanceof MessageHeader,
                "the first entry is not a MessageHeader");
        MessageEnvelope envelope = MessageEnvelope.of(bundle);
        assertNotNull(envelope.msgId(), "no MsgId (Bundle.identifier)");
        assertFalse(envelope.msgId().isBlank(), "blank MsgId");
        assertNotNull(envelope.messageType(), "no message type (MessageHeader.eventCoding)");
        assertTrue(envelope.sender().mostSpecificHerId().isPresent(), "the sender has no HER-id");
    }

    /** Two bundles carry the same message: MsgId, type, sender and receiver HER-ids. */
    public static void assertSameMessage(Bundle expected, Bundle actual) {
        assertIsMessage(actual);
        MessageEnvelope want = MessageEnvelope.of(expected);
        MessageEnvelope got = MessageEnvelope.of(actual);
        assertEquals(want.msgId(), got.msgId(), "MsgId");
        assertEquals(want.messageType(), got.messageType(), "message type");
        assertEquals(want.sender().mostSpecificHerId(), got.sender().mostSpecificHerId(), "sender HER-id");
        assertEquals(want.receiver().mostSpecificHerId(), got.receiver().mostSpecificHerId(), "receiver HER-id");
    }
}
