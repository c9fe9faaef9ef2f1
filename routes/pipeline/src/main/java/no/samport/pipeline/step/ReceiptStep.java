package no.samport.pipeline.step;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.pipeline.QueueSender;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receipts: an AppRec a receiving system sends back is correlated with the message it answers (by MsgId and the
 * original sender's HER-id), its status recorded on that message, and the receipt forwarded to the original sender
 * through the endpoint the message came in on — unless the sender already has a receipt for it.
 */
public final class ReceiptStep {

    static final String STAGE = "receipts";
    private static final Logger log = LoggerFactory.getLogger(ReceiptStep.class);

    private final MessageStore store;
    private final CanonicalMessages canonical;
    private final QueueSender queues;

    public ReceiptStep(MessageStore store, CanonicalMessages canonical, QueueSender queues) {
        this.store = store;
        this.canonical = canonical;
        this.queues = queues;
    }

    public void correlate(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isEmpty() || found.get().status() != MessageStatus.DECODED) {
            log.warn("Receipt {} is not waiting to be correlated; skipped", trackingId);
            return;
        }
        Bundle bundle = canonical.load(id);
        MessageEnvelope receipt = MessageEnvelope.of(bundle);
        Optional<StoredMessage> original = store.findOriginal(receipt.receipt().originalMsgId(),
                receipt.receiver().herIdsMostSpecificFirst());
        if (original.isEmpty()) {
            store.reject(id, null, "answers MsgId " + receipt.receipt().originalMsgId()
                    + ", which Samport has not carried for HER-id " + receipt.receiver().herIdsMostSpecificFirst()
                    + "; kept, not forwarded", STAGE);
            return;
        }
        StoredMessage message = original.get();
        String summary = summary(receipt.receipt().status(), AppRecBundles.issues(bundle), receipt);
        store.relate(id, message.trackingId(), "answers message " + message.trackingId(), STAGE);
        recordOnOriginal(message, receipt.receipt().status(), AppRecBundles.issues(bundle), summary);
        forward(id, message, receipt);
    }

    private void recordOnOriginal(StoredMessage message, AppRecStatus status, List<AppRecBundles.Issue> issues,
                                  String summary) {
        if (status == AppRecStatus.REJECTED) {
            String code = issues.isEmpty() ? null : issues.get(0).error().code();
            store.reject(message.trackingId(), code, summary, STAGE);
        } else if (message.status() == MessageStatus.DELIVERED) {
            store.note(message.trackingId(), summary, STAGE);
        } else {
            store.transition(message.trackingId(), MessageStatus.DELIVERED, summary, STAGE);
        }
    }

    private void forward(UUID receiptId, StoredMessage message, MessageEnvelope receipt) {
        if (!store.claimReceipt(message.trackingId(), receiptId)) {
            store.transition(receiptId, MessageStatus.DUPLICATE,
                    "not forwarded: the sender already has a receipt for this message", STAGE);
            return;
        }
        store.resolved(receiptId, message.sourceEndpoint(), "forwarded to the original sender via endpoint "
                + message.sourceEndpoint(), STAGE);
        store.transition(receiptId, MessageStatus.QUEUED, "queued for endpoint " + message.sourceEndpoint(), STAGE);
        queues.deliver(message.sourceEndpoint(), receiptId.toString(), receipt.conversationKey(), DeliveryKind.MESSAGE);
    }

    private static String summary(AppRecStatus status, List<AppRecBundles.Issue> issues, MessageEnvelope receipt) {
        String from = receipt.sender().displayName() + " (HER-id "
                + receipt.sender().mostSpecificHerId().orElse("?") + ")";
        String errors = issues.stream()
                .map(i -> i.error().code() + (i.text() == null ? "" : " " + Texts.shorten(i.text(), 200)))
                .collect(Collectors.joining("; "));
        return "AppRec status " + status.code() + " (" + status.display() + ") from " + from
                + (errors.isEmpty() ? "" : ": " + errors);
    }
}
