package no.samport.pipeline.step;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.directory.Directory;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.MessageStore;
import no.samport.pipeline.store.PolicyRecord;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.policy.Decision;
import no.samport.policy.TaskSharingPolicy;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Policy: applies the task-sharing rules in force to a resolved message and stores the decision with it. The message
 * then goes to its destination's delivery queue — the new one when a rule re-routes it. A finding never stops a
 * message; only a rule whose outcome is an explicit reject does, and the sender gets an AppRec with its code. A message
 * that answers another meets the deadlines waiting for that answer.
 */
public final class PolicyStep {

    static final String STAGE = "policy";
    private static final Logger log = LoggerFactory.getLogger(PolicyStep.class);

    private final MessageStore store;
    private final CanonicalMessages canonical;
    private final QueueSender queues;
    private final ReceiptIssuer receipts;
    private final TaskSharingPolicy policy;
    private final PolicyRecords records;
    private final PolicyMetrics metrics;
    private final Clock clock;

    public PolicyStep(MessageStore store, CanonicalMessages canonical, QueueSender queues, ReceiptIssuer receipts,
                      TaskSharingPolicy policy, Directory directory, FhirJson json, PolicyMetrics metrics, Clock clock) {
        this.store = store;
        this.canonical = canonical;
        this.queues = queues;
        this.receipts = receipts;
        this.policy = policy;
        this.records = new PolicyRecords(new Rerouting(directory), json);
        this.metrics = metrics;
        this.clock = clock;
    }

    public void apply(String trackingId) {
        UUID id = UUID.fromString(trackingId);
        Optional<StoredMessage> found = store.find(id);
        if (found.isPresent() && found.get().status() == MessageStatus.QUEUED && store.decision(id).isPresent()) {
            // decided before, but the queue entry came back: queue it again (delivery is idempotent)
            queueForDelivery(found.get());
            return;
        }
        if (found.isEmpty() || found.get().status() != MessageStatus.RESOLVED) {
            log.warn("Message {} is not waiting for the policy stage; skipped", trackingId);
            return;
        }
        StoredMessage message = found.get();
        Bundle bundle = canonical.load(id);
        MessageEnvelope envelope = MessageEnvelope.of(bundle);
        Instant now = clock.instant();
        Decision decision = policy.decide(bundle, now);
        PolicyRecords.Outcome outcome = records.of(bundle, envelope, decision, message.destinationEndpoint());
        PolicyRecord record = outcome.record();
        store.decided(id, record, decision.summary() + (outcome.note() == null ? "" : "; " + outcome.note()), STAGE);
        metrics.decided(record);
        if (record.rejection() != null) {
            AppRecError error = AppRecError.fromCode(record.rejection().code()).orElse(AppRecError.X99);
            receipts.issue(message, envelope, AppRecStatus.REJECTED,
                    List.of(new AppRecBundles.Issue(error, record.rejection().reason())), STAGE);
            return;
        }
        if (envelope.parentMsgId() != null) {
            // an answer on its way to the asker meets the deadlines waiting for it
            store.answered(envelope.parentMsgId(), envelope.receiver().herIdsMostSpecificFirst(), id, now);
        }
        queueForDelivery(store.find(id).orElseThrow());
    }

    private void queueForDelivery(StoredMessage message) {
        queues.deliver(message.destinationEndpoint(), message.trackingId().toString(), conversationKey(message),
                DeliveryKind.MESSAGE);
    }

    static String conversationKey(StoredMessage message) {
        return message.conversationId() != null ? message.conversationId() : message.msgId();
    }
}
