package no.samport.pipeline.store;

import java.time.Instant;
import java.util.List;

/**
 * What the policy stage stores for a message, in one transaction with its status change: the decision (JSON, with
 * the rule-set versions, the rules that fired and the inputs they read), what the decision changed (the canonical
 * form, the destination), the findings to count for reports, and the deadlines to track.
 *
 * @param decisionJson        the whole decision
 * @param version             the rule-set versions, e.g. "samport-default 2026.1 > nidvik-kommune 2026.1"
 * @param path                the ids of the rules that fired, in order
 * @param canonicalJson       the message bundle with the decision written into it, or null when unchanged
 * @param destinationEndpoint the endpoint the message goes to (changed when re-routed)
 * @param receiverHerId       the new receiver's HER-id when re-routed, else null
 * @param findings            findings about the sender
 * @param deadlines           obligations to track
 * @param rejection           set when a rule rejects the message: status REJECTED instead of QUEUED
 */
public record PolicyRecord(
        String decisionJson,
        String version,
        List<String> path,
        String canonicalJson,
        String destinationEndpoint,
        String receiverHerId,
        List<Finding> findings,
        List<Deadline> deadlines,
        Rejection rejection) {

    /** A finding about the sending organisation, from a rule that fired. */
    public record Finding(String ruleId, String modality, String text, String senderOrgHerId, String senderOrgName,
                          String messageType, List<String> reportTo) {
    }

    /** An obligation with a deadline: met when the message is delivered, or when {@code awaitedMsgId} is answered. */
    public record Deadline(String ruleId, String obligation, Instant dueAt, String metBy, String awaitedMsgId) {
    }

    /** A rule's explicit rejection: the 8221 code and the reason for the sender. */
    public record Rejection(String ruleId, String code, String reason) {
    }
}
