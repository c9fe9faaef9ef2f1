package no.samport.pipeline.step;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.Facts;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Samport's own receipts: when Samport rejects a message, or confirms delivery for an endpoint whose system sends
 * no AppRecs, it writes an AppRec to the sender through the endpoint the message came in on. A sender gets at most
 * one receipt per message, and a receipt is never answered with a receipt.
 */
public final class ReceiptIssuer {

    private final MessageStore store;
    private final QueueSender queues;
    private final FhirJson json;
    private final Clock clock;

    public ReceiptIssuer(MessageStore store, QueueSender queues, FhirJson json, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.json = json;
        this.clock = clock;
    }

    /** Issues a receipt for {@code original}, described by {@code envelope}; returns its tracking id, or null. */
    public UUID issue(StoredMessage original, MessageEnvelope envelope, AppRecStatus status,
                      List<AppRecBundles.Issue> issues, String stage) {
        if (original.kind() == MessageKind.RECEIPT || envelope.isAppRec()) {
            store.note(original.trackingId(), "no receipt: a receipt is never answered with a receipt", stage);
            return null;
        }
        Bundle receipt = AppRecBundles.answer(envelope, status, issues, Date.from(clock.instant()));
        String detail = "AppRec status " + status.code() + " (" + status.display() + ")" + codes(issues)
                + " from Samport to the sender, via endpoint " + original.sourceEndpoint();
        UUID receiptId = store.createReceipt(original,
                Facts.of(MessageEnvelope.of(receipt), null, json.write(receipt), List.of()),
                original.sourceEndpoint(), detail);
        if (!store.claimReceipt(original.trackingId(), receiptId)) {
            store.transition(receiptId, MessageStatus.DUPLICATE, "not sent: the sender already has a receipt", stage);
            return null;
        }
        store.note(original.trackingId(), detail, stage);
        queues.deliver(original.sourceEndpoint(), receiptId.toString(), envelope.conversationKey(), DeliveryKind.MESSAGE);
        return receiptId;
    }

    private static String codes(List<AppRecBundles.Issue> issues) {
        if (issues.isEmpty()) {
            return "";
        }
        return issues.stream().map(i -> i.error().code()).collect(Collectors.joining(", ", " with ", ""));
    }
}
