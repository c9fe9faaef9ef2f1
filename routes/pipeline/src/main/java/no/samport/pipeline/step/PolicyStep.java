package no.samport.pipeline.step;

import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Policy: where the municipality's task-sharing rules will apply. Until a rule set is configured it lets every
 * message through to its destination's delivery queue, and records that it did.
 */
public final class PolicyStep {

    static final String STAGE = "policy";
    private static final Logger log = LoggerFactory.getLogger(PolicyStep.class);

    private final MessageStore store;
    private final QueueSender queues;

    public PolicyStep(MessageStore store, QueueSender queues) {
        this.store = store;
        this.queues = queues;
    }

    public void apply(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty() || found.get().status() != MessageStatus.RESOLVED) {
            log.warn("Message {} is not waiting for the policy stage; skipped", trackingId);
            return;
        }
        StoredMessage message = found.get();
        store.transition(id, MessageStatus.QUEUED, "no task-sharing rules in force: queued for endpoint "
                + message.destinationEndpoint(), STAGE);
        queues.deliver(message.destinationEndpoint(), trackingId, conversationKey(message), DeliveryKind.MESSAGE);
    }

    static String conversationKey(StoredMessage message) {
        return message.conversationId() != null ? message.conversationId() : message.msgId();
    }
}
