package no.samport.pipeline.step;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.EndpointMetrics;
import no.samport.pipeline.Queues;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deliver: encodes a message for its destination endpoint (the format and version the receiver accepts), and after
 * the transport took it, records the hand-over. Idempotent per (message, endpoint): a redelivered queue entry for a
 * message already handed over sends nothing. For an endpoint whose system sends no AppRecs, Samport confirms
 * delivery to the sender itself. A message for an office outside its opening hours waits on the delivery queue
 * (status HELD, a scheduled queue entry) until the office opens, unless it is urgent or an AppRec.
 */
public final class DeliverStep {

    static final String STAGE = "deliver";
    private static final Logger log = LoggerFactory.getLogger(DeliverStep.class);

    private final MessageStore store;
    private final Endpoints endpoints;
    private final Directory directory;
    private final CanonicalMessages canonical;
    private final ReceiptIssuer receipts;
    private final RejectionNotices notices;
    private final EndpointMetrics metrics;
    private final HeldDeliveries held;
    private final Clock clock;

    public DeliverStep(MessageStore store, Endpoints endpoints, Directory directory, CanonicalMessages canonical,
                       ReceiptIssuer receipts, RejectionNotices notices, EndpointMetrics metrics,
                       HeldDeliveries held, Clock clock) {
        this.store = store;
        this.endpoints = endpoints;
        this.directory = directory;
        this.canonical = canonical;
        this.receipts = receipts;
        this.notices = notices;
        this.metrics = metrics;
        this.held = held;
        this.clock = clock;
    }

    public DeliveryPlan plan(String trackingId, String endpointId, DeliveryKind kind) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty()) {
            log.warn("Message {} is not in the store; nothing delivered", trackingId);
            return DeliveryPlan.nothing();
        }
        StoredMessage message = found.get();
        if (store.isHandedOver(id, endpointId)) {
            store.note(id, "already handed to endpoint " + endpointId + ": not sent twice", STAGE);
            return DeliveryPlan.nothing();
        }
        if (kind == DeliveryKind.NOTICE) {
            return new DeliveryPlan(notices.text(message), notices.name(message), DeliveryKind.NOTICE);
        }
        if (message.status() != MessageStatus.QUEUED && message.status() != MessageStatus.HELD) {
            log.warn("Message {} is {} and not queued for delivery; nothing delivered", trackingId, message.status());
            return DeliveryPlan.nothing();
        }
        Endpoint endpoint = endpoints.get(endpointId);
        Bundle bundle = canonical.load(id);
        if (held.holdIfClosed(message, endpoint, bundle, clock.instant())) {
            return DeliveryPlan.nothing();
        }
        return encode(message, endpoint, bundle);
    }

    private DeliveryPlan encode(StoredMessage message, Endpoint endpoint, Bundle bundle) {
        Set<String> partyFormats = directory.findByHerId(message.receiverHerId())
                .map(CommunicationParty::acceptedFormats)
                .orElse(Set.of());
        try {
            byte[] payload = endpoint.adapter().codec().encode(bundle, endpoint.preferences(partyFormats));
            return new DeliveryPlan(payload, OutboundNames.of(message), DeliveryKind.MESSAGE);
        } catch (MessageRejectedException e) {
            store.reject(message.trackingId(), e.error().code(), "cannot be written for endpoint " + endpoint.id()
                    + ": " + e.getMessage(), STAGE);
            receipts.issue(message, MessageEnvelope.of(bundle), AppRecStatus.REJECTED,
                    List.of(new AppRecBundles.Issue(e.error(), e.getMessage())), STAGE);
            return DeliveryPlan.nothing();
        }
    }

    /** Called after the transport accepted the message. */
    public void handedOver(String trackingId, String endpointId, DeliveryKind kind) {
        UUID id = UUID.fromString(trackingId);
        if (!store.recordHandOver(id, endpointId)) {
            return;
        }
        StoredMessage handed = store.find(id).orElseThrow();
        metrics.handedOver(endpointId, kind == DeliveryKind.NOTICE ? "notice" : handed.kind().name().toLowerCase(),
                Duration.between(handed.receivedAt(), clock.instant()));
        if (kind == DeliveryKind.NOTICE) {
            store.note(id, "rejection notice written to endpoint " + endpointId, STAGE);
            return;
        }
        StoredMessage message = store.find(id).orElseThrow();
        Endpoint endpoint = endpoints.get(endpointId);
        if (message.kind() == MessageKind.RECEIPT) {
            store.transition(id, MessageStatus.DELIVERED, "receipt handed to endpoint " + endpointId, STAGE);
            return;
        }
        store.transition(id, MessageStatus.SENT, "handed to endpoint " + endpointId + " (adapter "
                + endpoint.adapter().id() + ")", STAGE);
        if (!endpoint.sendsAppRec()) {
            store.transition(id, MessageStatus.DELIVERED, "the system behind endpoint " + endpointId
                    + " sends no AppRecs: Samport confirms delivery", STAGE);
            receipts.issue(message, MessageEnvelope.of(canonical.load(id)), AppRecStatus.OK, List.of(), STAGE);
        }
        log.info("Delivered message {} to endpoint {}", trackingId, endpointId);
    }

    /** Called when the other side refused the message for good: FAILED now, no retries. */
    public void refused(String trackingId, String endpointId, String reason) {
        metrics.failed(endpointId, "refused");
        store.fail(UUID.fromString(trackingId), Queues.deliver(endpointId), "endpoint " + endpointId
                + " refused the message; not retried: " + Texts.shorten(reason, 400), STAGE);
        log.warn("Endpoint {} refused message {}; it is FAILED", endpointId, trackingId);
    }

    /** Called when the transport failed; the broker will retry the delivery. */
    public void attemptFailed(String trackingId, String endpointId, Integer attempt, String reason) {
        metrics.failed(endpointId, "temporary");
        store.note(UUID.fromString(trackingId), "delivery attempt " + (attempt == null ? "?" : attempt)
                + " to endpoint " + endpointId
                + " failed: " + Texts.shorten(reason, 400), STAGE);
    }
}
