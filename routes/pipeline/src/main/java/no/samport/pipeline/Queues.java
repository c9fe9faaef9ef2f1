package no.samport.pipeline;

/** The durable queues between pipeline stages. Every message on them carries only a tracking id. */
public final class Queues {

    /** Stored raw messages waiting to be decoded. */
    public static final String INTAKE = "samport.intake";
    /** Decoded business messages waiting for their receiver to be resolved. */
    public static final String CANONICAL = "samport.canonical";
    /** Decoded receipts (AppRecs) waiting to be correlated with the message they answer. */
    public static final String RECEIPTS = "samport.receipts";
    /** Resolved messages waiting for the policy stage. */
    public static final String RESOLVED = "samport.resolved";
    /** Prefix of the per-endpoint delivery queues. */
    public static final String DELIVER_PREFIX = "samport.deliver.";
    /** Where the broker moves a message that failed every delivery attempt on any Samport queue. */
    public static final String DEAD_LETTER = "samport.dead-letter";

    /** Header with the tracking id on every pipeline message. */
    public static final String TRACKING_ID_HEADER = "SamportTrackingId";
    /** Header naming the queue a message was sent to; kept when the broker dead-letters it. */
    public static final String QUEUE_HEADER = "SamportQueue";
    /** Header on delivery queues: what to deliver (a message or a notice about unreadable input). */
    public static final String DELIVERY_KIND_HEADER = "SamportDeliveryKind";
    /** JMS message group: messages of one conversation are consumed in order. */
    public static final String GROUP_HEADER = "JMSXGroupID";
    /** Artemis: the time (epoch millis) before which the broker does not hand the entry to a consumer. */
    public static final String SCHEDULED_DELIVERY_HEADER = "_AMQ_SCHED_DELIVERY";

    private Queues() {
    }

    public static String deliver(String endpointId) {
        return DELIVER_PREFIX + endpointId;
    }
}
