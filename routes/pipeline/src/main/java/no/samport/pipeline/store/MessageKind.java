package no.samport.pipeline.store;

/** What a stored message is. */
public enum MessageKind {
    /** Not decoded yet. */
    UNKNOWN,
    /** A business message (dialogue message, epikrise, ...). */
    MESSAGE,
    /** An application receipt (AppRec). */
    RECEIPT
}
