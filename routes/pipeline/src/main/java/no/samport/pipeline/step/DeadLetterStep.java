package no.samport.pipeline.step;

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
 * with the queue it failed on and the last error, so an operator can see it and reprocess it.
 */
public final class DeadLetterStep {

    static final String STAGE = "dead-letter";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterStep.class);

    private final MessageStore store;

    public DeadLetterStep(MessageStore store) {
        this.store = store;
    }

    public void deadLettered(String trackingId, String queue) {
        UUID id;
        try {
            id = UUID.fromString(trackingId);
        } catch (IllegalArgumentException | NullPointerException e) {
            log.error("A dead letter from queue {} carries no tracking id; dropped", queue);
            return;
        }
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty()) {
            log.error("Dead letter {} from queue {} is not in the store; dropped", trackingId, queue);
            return;
        }
        if (found.get().status().isFinal()) {
            store.note(id, "a late queue entry on " + queue + " was dead-lettered; the message was already "
                    + found.get().status(), STAGE);
            return;
        }
        String lastError = store.history(id).stream()
                .filter(event -> event.detail() != null && event.detail().contains("failed"))
                .max(Comparator.comparing(StatusEvent::at))
                .map(StatusEvent::detail)
                .orElse("no error was recorded");
        store.fail(id, queue, "gave up on " + queue + " after every redelivery; last: " + lastError, STAGE);
        log.warn("Message {} failed on {}", trackingId, queue);
    }
}
