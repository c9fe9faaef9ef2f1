package no.samport.pipeline;

/**
 * Puts a tracking id on a pipeline queue. Called from a transacted consumer, the send joins that consumer's
 * transaction: it happens only if the step that caused it completes.
 */
public interface QueueSender {

    void send(String queue, String trackingId);

    /** Sends to an endpoint's delivery queue, in the message group of the conversation. */
    void deliver(String endpointId, String trackingId, String conversationKey, DeliveryKind kind);
}
