package no.samport.policy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samport.policy.fhirpath.CompiledExpression;
import no.samport.policy.fhirpath.EvaluationScope;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.rule.Rule;
import org.hl7.fhir.r4.model.Base;

/**
 * Evaluates one rule on one message: its parameters and inputs go into the scope (each input recorded with the values
 * it read), then whether the rule can judge the message at all ({@code not-checkable}: recorded as not fired, with the
 * reason), then the condition. An expression that fails at run time (e.g. an unexpected repetition) is recorded with
 * the rule as not fired; it never stops the message.
 */
final class RuleEvaluator {

    /** The note of a rule that cannot judge this message (its {@code not-checkable} condition held). */
    static final String NOT_CHECKABLE = "not checkable on this message: ";

    private final FhirPaths paths;
    private final Effects effects;

    RuleEvaluator(FhirPaths paths, Effects effects) {
        this.paths = paths;
        this.effects = effects;
    }

    RuleResult evaluate(EffectiveRule effective, EvaluationScope message, List<String> receiverHerIds, Instant at) {
        Rule rule = effective.rule();
        EvaluationScope scope = message.with(rule.parameters());
        Map<String, List<String>> read = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, CompiledExpression> input : rule.inputs().entrySet()) {
                List<Base> values = paths.evaluate(input.getValue(), scope);
                scope.put(input.getKey(), values);
                read.put(input.getKey(), Values.render(values));
            }
            if (rule.notCheckable() != null && FhirPaths.isTrue(paths.evaluate(rule.notCheckable().when(), scope))) {
                return new RuleResult(rule.id(), rule.title(), rule.modality(), rule.citation(), effective.ruleSet(),
                        false, read, null, NOT_CHECKABLE + rule.notCheckable().reason());
            }
            boolean fired = FhirPaths.isTrue(paths.evaluate(rule.when(), scope));
            Effect effect = fired ? effects.of(rule.outcome(), scope, receiverHerIds, at) : null;
            return new RuleResult(rule.id(), rule.title(), rule.modality(), rule.citation(), effective.ruleSet(), fired,
                    read, effect, null);
        } catch (RuntimeException e) {
            return new RuleResult(rule.id(), rule.title(), rule.modality(), rule.citation(), effective.ruleSet(), false,
                    read, null, "could not be evaluated: " + e.getMessage());
        }
    }
}
