package no.samport.pipeline.store;

import java.util.List;

/** What decoding learned about a message, to be stored with it. */
public record DecodedFacts(
        MessageKind kind,
        String format,
        String msgId,
        String messageType,
        String senderHerId,
        String receiverHerId,
        String conversationId,
        String canonicalJson,
        List<String> warnings) {
}
