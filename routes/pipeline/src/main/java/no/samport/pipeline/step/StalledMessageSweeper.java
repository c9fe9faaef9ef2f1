package no.samport.pipeline.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net under the queues: a stage writes its status to the database and its queue entry to the broker in
 * two transactions, so a failure between the two can leave a message at a status with no entry to move it on. A
 * message that has waited between stages longer than it ever should is put on its stage's queue again; every step
 * checks the status first, so an entry that was only slow does no harm.
 */
public final class StalledMessageSweeper {

    static final String STAGE = "stalled";
    private static final Logger log = LoggerFactory.getLogger(StalledMessageSweeper.class);
    private static final Set<MessageStatus> BETWEEN_STAGES = EnumSet.of(MessageStatus.RECEIVED,
            MessageStatus.DECODED, MessageStatus.RESOLVED, MessageStatus.QUEUED);
    private static final int BATCH = 100;

    private final MessageStore store;
    private final QueueSender queues;
    private final Duration stalledAfter;
    private final Clock clock;

    public StalledMessageSweeper(MessageStore store, QueueSender queues, Duration stalledAfter, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.stalledAfter = stalledAfter;
        this.clock = clock;
    }

    /** Queues the stalled messages again; returns how many. */
    public int sweep() {
        Instant quietSince = clock.instant().minus(stalledAfter);
        List<StoredMessage> stalled = store.findStalled(BETWEEN_STAGES, quietSince, BATCH);
        for (StoredMessage message : stalled) {
            requeue(message);
        }
        if (!stalled.isEmpty()) {
            log.warn("Queued {} stalled message(s) again", stalled.size());
        }
        return stalled.size();
    }

    private void requeue(StoredMessage message) {
        String id = message.trackingId().toString();
        String queue = queueFor(message);
        store.note(message.trackingId(), "nothing happened for more than " + stalledAfter.toMinutes()
                + " min at " + message.status() + ": put on " + queue + " again", STAGE);
        if (queue.startsWith(Queues.DELIVER_PREFIX)) {
            String key = message.conversationId() != null ? message.conversationId() : id;
            queues.deliver(message.destinationEndpoint(), id, key, DeliveryKind.MESSAGE);
        } else {
            queues.send(queue, id);
        }
    }

    static String queueFor(StoredMessage message) {
        return switch (message.status()) {
            case RECEIVED -> Queues.INTAKE;
            case DECODED -> message.kind() == MessageKind.RECEIPT ? Queues.RECEIPTS : Queues.CANONICAL;
            case RESOLVED -> Queues.RESOLVED;
            case QUEUED -> Queues.deliver(message.destinationEndpoint());
            default -> throw new IllegalArgumentException("A " + message.status() + " message is not between stages");
        };
    }
}
