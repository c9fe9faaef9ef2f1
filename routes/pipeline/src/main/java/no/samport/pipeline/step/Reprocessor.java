package no.samport.pipeline.step;

import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;

/** Puts a FAILED message back on the queue it failed on, at the status that queue expects. */
public final class Reprocessor {

    static final String STAGE = "reprocess";

    /** Why a message cannot be reprocessed. */
    public static final class NotReprocessableException extends RuntimeException {
        public NotReprocessableException(String message) {
            super(message);
        }
    }

    private final MessageStore store;
    private final QueueSender queues;

    public Reprocessor(MessageStore store, QueueSender queues) {
        this.store = store;
        this.queues = queues;
    }

    public StoredMessage reprocess(UUID trackingId, String requestedBy) {
        StoredMessage message = store.find(trackingId)
                .orElseThrow(() -> new NotReprocessableException("No message has tracking id " + trackingId));
        if (message.status() != MessageStatus.FAILED || message.failedQueue() == null) {
            throw new NotReprocessableException("Message " + trackingId + " is " + message.status()
                    + "; only FAILED messages can be reprocessed");
        }
        String queue = message.failedQueue();
        store.transition(trackingId, statusFor(queue), "reprocessing requested by " + requestedBy + ": back on " + queue,
                STAGE);
        try {
            if (queue.startsWith(Queues.DELIVER_PREFIX)) {
                String key = message.conversationId() != null ? message.conversationId() : trackingId.toString();
                queues.deliver(queue.substring(Queues.DELIVER_PREFIX.length()), trackingId.toString(), key,
                        DeliveryKind.MESSAGE);
            } else {
                queues.send(queue, trackingId.toString());
            }
        } catch (RuntimeException e) {
            store.fail(trackingId, queue, "reprocessing failed: " + Texts.shorten(e.getMessage(), 300), STAGE);
            throw e;
        }
        return store.find(trackingId).orElseThrow();
    }

    static MessageStatus statusFor(String queue) {
        if (queue.startsWith(Queues.DELIVER_PREFIX)) {
            return MessageStatus.QUEUED;
        }
        return switch (queue) {
            case Queues.INTAKE -> MessageStatus.RECEIVED;
            case Queues.RESOLVED -> MessageStatus.RESOLVED;
            default -> MessageStatus.DECODED;
        };
    }
}
