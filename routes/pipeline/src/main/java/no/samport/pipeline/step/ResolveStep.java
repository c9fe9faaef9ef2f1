package no.samport.pipeline.step;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolve: finds the receiver in the directory (most specific HER-id first) and the endpoint that serves it. An
 * unknown receiver (E21) or a message type the receiver does not take (T10) is rejected with an AppRec.
 */
public final class ResolveStep {

    static final String STAGE = "resolve";
    private static final Logger log = LoggerFactory.getLogger(ResolveStep.class);

    private final MessageStore store;
    private final Directory directory;
    private final CanonicalMessages canonical;
    private final QueueSender queues;
    private final ReceiptIssuer receipts;

    public ResolveStep(MessageStore store, Directory directory, CanonicalMessages canonical, QueueSender queues,
                       ReceiptIssuer receipts) {
        this.store = store;
        this.directory = directory;
        this.canonical = canonical;
        this.queues = queues;
        this.receipts = receipts;
    }

    public void resolve(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty() || found.get().status() != MessageStatus.DECODED) {
            log.warn("Message {} is not waiting to be resolved; skipped", trackingId);
            return;
        }
        StoredMessage message = found.get();
        MessageEnvelope envelope = MessageEnvelope.of(canonical.load(id));
        Optional<CommunicationParty> party = directory.resolve(envelope.receiver());
        if (party.isEmpty()) {
            reject(message, envelope, AppRecError.E21, "Mottaker finnes ikke: HER-id "
                    + String.join(", ", envelope.receiver().herIdsMostSpecificFirst()) + " is not in Samport's directory");
            return;
        }
        CommunicationParty receiver = party.get();
        if (!receiver.acceptsMessageType(envelope.messageType())) {
            reject(message, envelope, AppRecError.T10, "Mottaker " + receiver.name() + " (HER-id " + receiver.herId()
                    + ") tar ikke imot " + envelope.messageType() + "; it takes " + receiver.acceptedMessageTypes());
            return;
        }
        store.resolved(id, receiver.endpointId(), "receiver " + receiver.name() + " (HER-id " + receiver.herId()
                + ") is served by endpoint " + receiver.endpointId(), STAGE);
        queues.send(Queues.RESOLVED, trackingId);
    }

    private void reject(StoredMessage message, MessageEnvelope envelope, AppRecError error, String text) {
        store.reject(message.trackingId(), error.code(), text, STAGE);
        receipts.issue(message, envelope, AppRecStatus.REJECTED, List.of(new AppRecBundles.Issue(error, text)), STAGE);
    }
}
