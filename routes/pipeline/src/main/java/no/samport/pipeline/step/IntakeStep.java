package no.samport.pipeline.step;

import java.time.Clock;
import java.util.UUID;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Intake: stores the raw bytes of a message with a new tracking id and queues it for decoding. */
public final class IntakeStep {

    private static final Logger log = LoggerFactory.getLogger(IntakeStep.class);

    private final MessageStore store;
    private final QueueSender queues;
    private final Clock clock;

    public IntakeStep(MessageStore store, QueueSender queues, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.clock = clock;
    }

    /** Takes one message in; returns its tracking id. */
    public UUID receive(String sourceEndpoint, String originalName, byte[] payload) {
        return receive(sourceEndpoint, originalName, payload, payload.length);
    }

    /** Takes in a message of which only the first {@code payload.length} of {@code sizeBytes} bytes are kept. */
    public UUID receive(String sourceEndpoint, String originalName, byte[] payload, long sizeBytes) {
        UUID trackingId = store.receive(sourceEndpoint, originalName, payload, sizeBytes, clock.instant());
        queues.send(Queues.INTAKE, trackingId.toString());
        log.info("Received message {} ({} bytes) on endpoint {}", trackingId, sizeBytes, sourceEndpoint);
        return trackingId;
    }
}
