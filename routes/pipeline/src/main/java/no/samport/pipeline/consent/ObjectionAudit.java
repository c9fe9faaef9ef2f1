package no.samport.pipeline.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit record of an objection: registered, withdrawn, or a message to the patient's GP it suppressed.
 *
 * @param trackingId the message suppressed, or null for registered and withdrawn
 */
public record ObjectionAudit(long objectionId, String action, UUID trackingId, String detail, Instant at) {

    public static final String REGISTERED = "registered";
    public static final String WITHDRAWN = "withdrawn";
    public static final String SUPPRESSED = "suppressed";
}
