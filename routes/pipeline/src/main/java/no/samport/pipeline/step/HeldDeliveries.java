package no.samport.pipeline.step;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StatusEvent;
import no.samport.pipeline.store.StoredMessage;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Holds a message for an office outside its opening hours (status HELD, back on its delivery queue for the broker to
 * hand out later) and releases it (QUEUED again) once the office is open.
 */
public final class HeldDeliveries {

    private final MessageStore store;
    private final QueueSender queues;
    private final OpeningHoursHold hold;

    public HeldDeliveries(MessageStore store, QueueSender queues, OpeningHoursHold hold) {
        this.store = store;
        this.queues = queues;
        this.hold = hold;
    }

    /** Whether the message must wait; when it must, it is HELD and queued again for later. */
    boolean holdIfClosed(StoredMessage message, Endpoint endpoint, Bundle bundle, Instant now) {
        Optional<Instant> until = hold.heldUntil(endpoint, message, bundle, now);
        if (until.isEmpty()) {
            if (message.status() == MessageStatus.HELD) {
                store.transition(message.trackingId(), MessageStatus.QUEUED, "released: the office behind endpoint "
                        + endpoint.id() + " is open", DeliverStep.STAGE);
            }
            return false;
        }
        String text = OpeningHoursHold.heldText(until.get(), endpoint);
        if (message.status() == MessageStatus.QUEUED) {
            store.transition(message.trackingId(), MessageStatus.HELD, text, DeliverStep.STAGE);
        } else if (!lastHeldText(message.trackingId()).equals(text)) {
            store.note(message.trackingId(), "now " + text, DeliverStep.STAGE);
        }
        // joins the transaction of the consumer that took the entry: both commit, or neither
        queues.deliverLater(endpoint.id(), message.trackingId().toString(), PolicyStep.conversationKey(message),
                hold.wait(until.get(), now));
        return true;
    }

    private String lastHeldText(UUID id) {
        List<StatusEvent> history = store.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
            String detail = history.get(i).detail();
            if (history.get(i).status() == MessageStatus.HELD && detail != null && detail.contains("held until")) {
                return detail.replaceFirst("^now ", "");
            }
        }
        return "";
    }
}
