package no.samport.gateway.policy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.samport.directory.CommunicationParty;
import no.samport.directory.Directory;
import no.samport.pipeline.step.Rerouting;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.policy.DryRun;
import no.samport.policy.Effect;
import no.samport.policy.RuleResult;
import no.samport.policy.TaskSharingPolicy;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Dry runs for the API: reads a message, applies the task-sharing rules (in force, or pinned versions), and says what
 * would happen — the receiver and endpoint from the directory, re-routing, rejection — without sending or storing.
 */
public final class PolicyDryRuns {

    private final TaskSharingPolicy policy;
    private final Directory directory;
    private final MessageFiles files;

    public PolicyDryRuns(TaskSharingPolicy policy, Directory directory, MessageFiles files) {
        this.policy = policy;
        this.directory = directory;
        this.files = files;
    }

    public DryRunReport run(byte[] message, Instant at, Map<String, String> pinned, boolean compare) {
        Bundle bundle = files.read(message);
        MessageEnvelope envelope = MessageEnvelope.of(bundle);
        DryRun run = policy.dryRun(bundle, at, pinned, compare);
        DryRunReport.MessageSummary summary = new DryRunReport.MessageSummary(envelope.msgId(), envelope.messageType(),
                envelope.sender().mostSpecificHerId().orElse(null), envelope.receiver().mostSpecificHerId().orElse(null));
        return new DryRunReport(true, summary, outcome(bundle, envelope, run), run.decision(), run.nationalOnly(),
                run.differences());
    }

    private DryRunReport.WouldHappen outcome(Bundle bundle, MessageEnvelope envelope, DryRun run) {
        Optional<RuleResult> rejection = run.decision().rejection();
        if (rejection.isPresent()) {
            Effect.Rejected rejected = (Effect.Rejected) rejection.get().effect();
            return new DryRunReport.WouldHappen("reject", null, null, "rule " + rejection.get().ruleId()
                    + " rejects it: the sender gets an AppRec with " + rejected.code() + ": " + rejected.reason());
        }
        Optional<CommunicationParty> party = directory.resolve(envelope.receiver());
        if (party.isEmpty()) {
            return new DryRunReport.WouldHappen("reject", null, null, "the receiver "
                    + envelope.receiver().herIdsMostSpecificFirst() + " is not in Samport's directory (E21 at resolve)");
        }
        if (!party.get().acceptsMessageType(envelope.messageType())) {
            return new DryRunReport.WouldHappen("reject", null, null, party.get().name() + " does not take "
                    + envelope.messageType() + " (T10 at resolve)");
        }
        Rerouting.Target target = new Rerouting(directory).follow(bundle.copy(), run.decision(), envelope.messageType(),
                party.get().endpointId());
        if (target.receiverHerId() != null) {
            return new DryRunReport.WouldHappen("re-route", target.endpoint(), target.receiverHerId(), target.note());
        }
        return new DryRunReport.WouldHappen("deliver", target.endpoint(), party.get().herId(), target.note() != null
                ? target.note() : "delivered to " + party.get().name() + " through endpoint " + target.endpoint());
    }
}
