package no.samport.plugin.api;

import org.hl7.fhir.r4.model.Bundle;

/** Turns an adapter's native message bytes into Samport's canonical FHIR message Bundle and back. */
public interface MessageCodec {

    /**
     * Decodes one native message.
     *
     * @throws MessageRejectedException when the message cannot be accepted; it carries the 8221 code and, when the
     *                                  header could be read, a partial bundle to address the receipt with
     */
    DecodedMessage decode(byte[] nativeMessage) throws MessageRejectedException;

    /**
     * Encodes a message bundle for a receiver.
     *
     * @param message     a Samport message bundle (a dialogue message, a receipt, ...)
     * @param preferences what the receiver accepts
     * @throws MessageRejectedException when the message cannot be written in any format the receiver accepts
     */
    byte[] encode(Bundle message, EncodingPreferences preferences) throws MessageRejectedException;
}
