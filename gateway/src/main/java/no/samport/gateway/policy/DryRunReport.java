package no.samport.gateway.policy;

import java.util.List;
import no.samport.policy.Decision;

/**
 * What the task-sharing rules would do with a message: nothing is sent or stored.
 *
 * @param nothingSent  always true: a dry run only reads
 * @param message      which message it was
 * @param outcome      what would happen to it
 * @param decision     the decision with every layer in force (or the pinned versions)
 * @param nationalOnly the decision with the national rules alone, when compared
 * @param differences  what the region's and municipality's rules change for this message, when compared
 */
public record DryRunReport(boolean nothingSent, MessageSummary message, WouldHappen outcome, Decision decision,
                           Decision nationalOnly, List<String> differences) {

    /** The message's ids and parties (no content). */
    public record MessageSummary(String msgId, String messageType, String senderHerId, String receiverHerId) {
    }

    /**
     * @param action        deliver, re-route or reject
     * @param endpoint      the endpoint it would be delivered through, if any
     * @param receiverHerId the receiver it would go to
     * @param detail        why, in a sentence
     */
    public record WouldHappen(String action, String endpoint, String receiverHerId, String detail) {
    }
}
