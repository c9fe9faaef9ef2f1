package no.samport.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.policy.fhirpath.RoleMarks;
import no.samport.policy.rule.Vocabulary;

/**
 * The policy in force for a day: the rule-set versions chosen per layer, every rule with its layers' changes applied
 * (including those switched off, so they can be listed), the units that fill roles, and notes about the composition.
 */
public record EffectivePolicy(
        PolicyVersion version,
        List<EffectiveRule> rules,
        Vocabulary vocabulary,
        Map<String, List<String>> units,
        List<String> notes) {

    /** The rules in force, in evaluation order (national first). */
    public List<EffectiveRule> inForce() {
        return rules.stream().filter(EffectiveRule::inForce).toList();
    }

    public Optional<EffectiveRule> rule(String id) {
        return rules.stream().filter(r -> r.rule().id().equals(id)).findFirst();
    }

    public RoleMarks roleMarks() {
        return new RoleMarks(vocabulary, units);
    }
}
