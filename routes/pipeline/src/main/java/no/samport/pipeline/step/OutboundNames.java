package no.samport.pipeline.step;

import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.StoredMessage;

/** File-system-safe names for outbound messages: {@code <MsgId>.xml}, {@code apprec-<MsgId>.xml}. */
final class OutboundNames {

    private OutboundNames() {
    }

    static String of(StoredMessage message) {
        String base = safe(message.msgId() != null ? message.msgId() : message.trackingId().toString());
        return (message.kind() == MessageKind.RECEIPT ? "apprec-" : "") + base + ".xml";
    }

    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.startsWith(".")) {
            cleaned = "_" + cleaned.substring(1);
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }
}
