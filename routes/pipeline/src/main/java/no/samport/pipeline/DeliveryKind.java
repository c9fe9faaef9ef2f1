package no.samport.pipeline;

/** What a delivery queue entry asks the endpoint to receive. */
public enum DeliveryKind {
    /** A message or receipt, encoded for the endpoint. */
    MESSAGE,
    /** A plain-text notice about input Samport could not read well enough to answer with an AppRec. */
    NOTICE
}
