package no.samport.pipeline.store;

import java.time.Instant;

/** How many findings of one rule one sending organisation had in a period: a row of the municipality's report. */
public record FindingCount(String senderOrgHerId, String senderOrgName, String ruleId, String modality, long count,
                           Instant first, Instant last) {
}
