package no.samport.pipeline;

/**
 * Puts a tracking id on a pipeline queue. Called from a transacted consumer, the send joins that consumer's
 * transaction: it happens only if the step that caused it completes.
 */
public interface QueueSender {

    void send(String queue, String trackingId);

    /** Sends to an endpoint's delivery queue, in the message group of the conversation. */
    void deliver(String endpointId, String trackingId, String conversationKey, DeliveryKind kind);

    /**
     * Sends a message to an endpoint's delivery queue for the broker to hand out only after {@code wait}: the entry
     * is persisted by the broker like any other, so it survives a restart.
     */
    void deliverLater(String endpointId, String trackingId, String conversationKey, java.time.Duration wait);
}
