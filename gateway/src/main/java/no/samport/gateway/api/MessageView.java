package no.samport.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;

/** A message's metadata and status history, as the API shows it. Contains no message content. */
public record MessageView(
        UUID trackingId,
        String kind,
        String status,
        boolean createdBySamport,
        String msgId,
        String messageType,
        String format,
        String senderHerId,
        String receiverHerId,
        String sourceEndpoint,
        String destinationEndpoint,
        String conversationId,
        UUID relatedTrackingId,
        UUID receiptTrackingId,
        Error error,
        long sizeBytes,
        String originalName,
        Instant receivedAt,
        Instant updatedAt,
        List<HistoryEntry> history) {

    /** Why the message was rejected: an 8221 code and a reason. */
    public record Error(String code, String text) {
    }

    /** One status change. */
    public record HistoryEntry(String status, String stage, String detail, Instant at) {
    }

    static MessageView of(StoredMessage m, List<StatusEvent> history) {
        Error error = m.errorCode() == null && m.errorText() == null ? null : new Error(m.errorCode(), m.errorText());
        return new MessageView(m.trackingId(), m.kind().name(), m.status().name(), m.createdBySamport(), m.msgId(),
                m.messageType(), m.format(), m.senderHerId(), m.receiverHerId(), m.sourceEndpoint(),
                m.destinationEndpoint(), m.conversationId(), m.relatedTrackingId(), m.receiptTrackingId(), error,
                m.sizeBytes(), m.originalName(), m.receivedAt(), m.updatedAt(),
                history == null ? null : history.stream()
                        .map(e -> new HistoryEntry(e.status().name(), e.stage(), e.detail(), e.at()))
                        .toList());
    }
}
