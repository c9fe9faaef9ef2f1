package no.samport.pipeline.store;

/** Where a message stands. Every change is one row in the message's status history. */
public enum MessageStatus {
    /** The raw bytes are stored and the message has a tracking id. */
    RECEIVED,
    /** Decoded to a FHIR message bundle. */
    DECODED,
    /**
     * Addressed to "the patient's GP" for a patient on no GP list: waits, until a set time, for the patient to be
     * placed on one (GL-12, {@code samport.gp-lists.hold-unlisted-for}); then it is resolved again.
     */
    WAITING,
    /** The receiver is known and its endpoint chosen. */
    RESOLVED,
    /** Waiting on the destination endpoint's delivery queue. */
    QUEUED,
    /**
     * Queued for an office outside its opening hours: waits on the delivery queue until the office opens, then is
     * QUEUED again and delivered.
     */
    HELD,
    /** Handed to the destination endpoint's transport. */
    SENT,
    /** The receiver confirmed it (AppRec status 1 or 3), or Samport confirmed it for an endpoint without AppRecs. */
    DELIVERED,
    /** Refused, by Samport or by the receiver (AppRec status 2), with an 8221 code and a reason. */
    REJECTED,
    /** Delivery failed after every retry; an operator can reprocess it. */
    FAILED,
    /** Same sender HER-id and MsgId as a message received before: dropped, no second receipt. */
    DUPLICATE;

    /** Whether nothing more will happen to the message unless an operator acts. */
    public boolean isFinal() {
        return this == DELIVERED || this == REJECTED || this == FAILED || this == DUPLICATE;
    }
}
