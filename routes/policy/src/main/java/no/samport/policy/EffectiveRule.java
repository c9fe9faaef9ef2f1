package no.samport.policy;

import java.util.List;
import no.samport.policy.rule.Rule;

/**
 * A rule as it stands after every layer in force has had its say: possibly switched off or on, or overridden.
 *
 * @param rule     the rule with the changes applied
 * @param ruleSet  "id version" of the rule set that defines it
 * @param changes  what lower layers changed, each citing its decision
 */
public record EffectiveRule(Rule rule, String ruleSet, List<String> changes) {

    public boolean inForce() {
        return rule.enabled();
    }
}
