package no.samport.pipeline.step;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead letters: the broker gave up on a queue entry after its redelivery attempts. The message becomes FAILED,
 * with the queue it failed on and the last error, so an operator can see it and reprocess it; the metric
 * {@code samport.messages.failed} (tag queue) counts it, and an alarm notice ({@code message-failed}) is returned for
 * the operator's alarm channel.
 */
public final class DeadLetterStep {

    static final String STAGE = "dead-letter";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterStep.class);

    private final MessageStore store;
    private final MeterRegistry registry;

    public DeadLetterStep(MessageStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** Returns the alarm notice for a message that became FAILED, or null when nothing failed now. */
    public AlarmNotice deadLettered(String trackingId, String queue) {
        UUID id;
        try {
            id = UUID.fromString(trackingId);
        } catch (IllegalArgumentException | NullPointerException e) {
            log.error("A dead letter from queue {} carries no tracking id; dropped", queue);
            return null;
        }
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty()) {
            log.error("Dead letter {} from queue {} is not in the store; dropped", trackingId, queue);
            return null;
        }
        if (found.get().status().isFinal()) {
            store.note(id, "a late queue entry on " + queue + " was dead-lettered; the message was already "
                    + found.get().status(), STAGE);
            return null;
        }
        String lastError = store.history(id).stream()
                .filter(event -> event.detail() != null && event.detail().contains("failed"))
                .max(Comparator.comparing(StatusEvent::at))
                .map(StatusEvent::detail)
                .orElse("no error was recorded");
        store.fail(id, queue, "gave up on " + queue + " after every redelivery; last: " + lastError, STAGE);
        log.warn("Message {} failed on {}", trackingId, queue);
        registry.counter("samport.messages.failed", "queue", queue).increment();
        return AlarmNotice.failed(found.get(), queue);
    }
}
