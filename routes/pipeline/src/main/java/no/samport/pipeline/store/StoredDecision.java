package no.samport.pipeline.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The task-sharing decision stored with a message. Holds no patient identity numbers (inputs are masked). */
public record StoredDecision(UUID trackingId, String version, List<String> path, String decisionJson, Instant decidedAt) {
}
