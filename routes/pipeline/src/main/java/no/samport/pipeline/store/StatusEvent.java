package no.samport.pipeline.store;

import java.time.Instant;
import java.util.UUID;

/** One row of a message's status history. */
public record StatusEvent(UUID trackingId, MessageStatus status, String stage, String detail, Instant at) {
}
