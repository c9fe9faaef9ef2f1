package no.samport.pipeline.step;

import java.util.List;
import no.samport.pipeline.FhirJson;
import no.samport.pipeline.store.PolicyRecord;
import no.samport.policy.Decision;
import no.samport.policy.DecisionJson;
import no.samport.policy.DecisionResources;
import no.samport.policy.Effect;
import no.samport.policy.RuleResult;
import no.samport.plugin.api.fhir.MessageEnvelope;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Turns a decision into what the store keeps: the decision itself, the message with the decision written into it
 * (re-routing, Tasks, finding tags, Provenance), the findings about the sending organisation and the deadlines.
 * A rejected message keeps its findings but gets no Tasks and no deadlines.
 */
final class PolicyRecords {

    private final Rerouting rerouting;
    private final FhirJson json;

    PolicyRecords(Rerouting rerouting, FhirJson json) {
        this.rerouting = rerouting;
        this.json = json;
    }

    /** The record, and a note about re-routing for the history (or null). */
    record Outcome(PolicyRecord record, String note) {
    }

    Outcome of(Bundle bundle, MessageEnvelope envelope, Decision decision, String endpoint) {
        List<PolicyRecord.Finding> findings = decision.findings().stream().map(r -> finding(r, envelope)).toList();
        String decisionJson = DecisionJson.write(decision);
        if (decision.rejection().isPresent()) {
            RuleResult rule = decision.rejection().get();
            Effect.Rejected rejected = (Effect.Rejected) rule.effect();
            return new Outcome(new PolicyRecord(decisionJson, decision.version().label(), decision.path(), null, endpoint,
                    null, findings, List.of(), new PolicyRecord.Rejection(rule.ruleId(), rejected.code(),
                    rejected.reason())), null);
        }
        Rerouting.Target target = rerouting.follow(bundle, decision, envelope.messageType(), endpoint);
        boolean written = DecisionResources.apply(bundle, decision);
        String canonical = written || target.receiverHerId() != null ? json.write(bundle) : null;
        List<PolicyRecord.Deadline> deadlines = decision.deadlines().stream().map(r -> deadline(r, envelope)).toList();
        return new Outcome(new PolicyRecord(decisionJson, decision.version().label(), decision.path(), canonical,
                target.endpoint(), target.receiverHerId(), findings, deadlines, null), target.note());
    }

    private static PolicyRecord.Finding finding(RuleResult rule, MessageEnvelope envelope) {
        Effect.Finding finding = (Effect.Finding) rule.effect();
        return new PolicyRecord.Finding(rule.ruleId(), rule.modality().name(), finding.finding(),
                envelope.sender().organisation().herId(), envelope.sender().organisation().name(),
                envelope.messageType(), finding.reportTo());
    }

    private static PolicyRecord.Deadline deadline(RuleResult rule, MessageEnvelope envelope) {
        Effect.DeadlineSet deadline = (Effect.DeadlineSet) rule.effect();
        return new PolicyRecord.Deadline(rule.ruleId(), deadline.obligation(), deadline.dueAt(), deadline.metBy(),
                "answered".equals(deadline.metBy()) ? envelope.msgId() : null);
    }
}
