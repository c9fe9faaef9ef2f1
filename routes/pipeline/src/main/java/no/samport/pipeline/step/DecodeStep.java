package no.samport.pipeline.step;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.store.Facts;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decode: turns the stored raw bytes into a FHIR message bundle with the source endpoint's codec, drops duplicates
 * (same sender HER-id and MsgId), and sends business messages on to resolve and receipts to correlation. A message
 * that cannot be accepted is rejected with an AppRec to its sender, or a notice when no sender can be read.
 */
public final class DecodeStep {

    static final String STAGE = "decode";
    private static final Logger log = LoggerFactory.getLogger(DecodeStep.class);

    private final MessageStore store;
    private final Endpoints endpoints;
    private final QueueSender queues;
    private final ReceiptIssuer receipts;
    private final FhirJson json;

    public DecodeStep(MessageStore store, Endpoints endpoints, QueueSender queues, ReceiptIssuer receipts, FhirJson json) {
        this.store = store;
        this.endpoints = endpoints;
        this.queues = queues;
        this.receipts = receipts;
        this.json = json;
    }

    public void decode(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty() || found.get().status() != MessageStatus.RECEIVED) {
            log.warn("Message {} is not waiting to be decoded; skipped", trackingId);
            return;
        }
        StoredMessage message = found.get();
        Optional<Endpoint> source = endpoints.find(message.sourceEndpoint());
        if (source.isEmpty()) {
            store.reject(id, AppRecError.X99.code(), "the endpoint it came in on (" + message.sourceEndpoint()
                    + ") is no longer configured", STAGE);
            return;
        }
        byte[] payload = store.payload(id);
        if (payload.length < message.sizeBytes()) {
            reject(message, new MessageRejectedException(AppRecError.T99, "the message is " + message.sizeBytes()
                    + " bytes, more than Samport stores; only its first " + payload.length + " bytes were kept"));
            return;
        }
        DecodedMessage decoded;
        try {
            decoded = source.get().adapter().codec().decode(payload);
        } catch (MessageRejectedException e) {
            reject(message, e);
            return;
        }
        accept(message, decoded);
    }

    private void accept(StoredMessage message, DecodedMessage decoded) {
        UUID id = message.trackingId();
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());
        store.decoded(id, Facts.of(envelope, decoded.format(), json.write(decoded.bundle()), decoded.warnings()), STAGE);
        decoded.warnings().forEach(warning -> store.note(id, "tolerated: " + warning, STAGE));
        String senderHerId = envelope.sender().mostSpecificHerId().orElse(null);
        if (senderHerId == null) {
            rejectAfterDecode(message, envelope, AppRecError.T02, "the sender has no HER-id");
            return;
        }
        Optional<UUID> earlier = store.registerMessageKey(senderHerId, envelope.msgId(), id);
        if (earlier.isPresent()) {
            store.transition(id, MessageStatus.DUPLICATE, "same sender HER-id " + senderHerId + " and MsgId as message "
                    + earlier.get() + "; dropped without a second receipt", STAGE);
            return;
        }
        queues.send(envelope.isAppRec() ? Queues.RECEIPTS : Queues.CANONICAL, id.toString());
    }

    private void reject(StoredMessage message, MessageRejectedException e) {
        store.reject(message.trackingId(), e.error().code(), e.getMessage(), STAGE);
        log.info("Rejected message {}: {}", message.trackingId(), e.error().code());
        if (e.partialHeader().isPresent()) {
            MessageEnvelope envelope = MessageEnvelope.of(e.partialHeader().get());
            store.identified(message.trackingId(), Facts.of(envelope, null, null, List.of()));
            receipts.issue(message, envelope, AppRecStatus.REJECTED,
                    List.of(new AppRecBundles.Issue(e.error(), e.getMessage())), STAGE);
        } else {
            store.note(message.trackingId(), "no sender could be read: a notice goes to endpoint "
                    + message.sourceEndpoint() + " instead of an AppRec", STAGE);
            queues.deliver(message.sourceEndpoint(), message.trackingId().toString(), message.trackingId().toString(),
                    DeliveryKind.NOTICE);
        }
    }

    private void rejectAfterDecode(StoredMessage message, MessageEnvelope envelope, AppRecError error, String text) {
        store.reject(message.trackingId(), error.code(), text, STAGE);
        receipts.issue(message, envelope, AppRecStatus.REJECTED, List.of(new AppRecBundles.Issue(error, text)), STAGE);
    }
}
