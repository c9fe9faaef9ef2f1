package no.samport.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.policy.fhirpath.EvaluationScope;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.fhirpath.MessageFacts;
import no.samport.policy.fhirpath.RoleMarks;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Applies a policy to a message bundle: every rule in force that looks at the message's type, in order (national
 * first). Reads the message, never changes it.
 */
public final class PolicyEngine {

    private final FhirPaths paths;

    public PolicyEngine(FhirPaths paths) {
        this.paths = paths;
    }

    public Decision evaluate(Bundle message, EffectivePolicy policy, Instant at) {
        MessageEnvelope envelope = MessageEnvelope.of(message);
        RoleMarks roles = policy.roleMarks();
        EvaluationScope scope = new EvaluationScope(message, roles, MessageFacts.of(message, envelope, roles, at));
        RuleEvaluator evaluator = new RuleEvaluator(paths, new Effects(roles, policy.vocabulary()));
        List<String> receiver = envelope.receiver().herIdsMostSpecificFirst();
        List<RuleResult> results = new ArrayList<>();
        String firstRoute = null;
        for (EffectiveRule rule : policy.inForce()) {
            if (!rule.rule().appliesTo(envelope.messageType())) {
                continue;
            }
            RuleResult result = evaluator.evaluate(rule, scope, receiver, at);
            if (result.effect() instanceof Effect.Rerouted) {
                if (firstRoute != null) {
                    result = result.withNote("not followed: " + firstRoute + " re-routes the message first");
                } else {
                    firstRoute = result.ruleId();
                }
            }
            results.add(result);
        }
        return new Decision(policy.version(), at, envelope.messageType(), results);
    }
}
