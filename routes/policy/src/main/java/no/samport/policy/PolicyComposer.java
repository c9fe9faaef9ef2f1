package no.samport.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samport.policy.load.LayerFiles;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.Quantities;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.RuleChange;
import no.samport.policy.rule.RuleSet;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;

/**
 * Composes the chosen version of each layer into the policy in force: the national rules first, then for each lower
 * layer its changes (switch off, switch on, override) and its own rules; units of a lower layer replace those of the
 * same role above.
 */
final class PolicyComposer {

    private PolicyComposer() {
    }

    static EffectivePolicy compose(List<RuleSet> chosen, Vocabulary national, List<String> notes) {
        Map<String, EffectiveRule> rules = new LinkedHashMap<>();
        Map<String, List<String>> units = new LinkedHashMap<>();
        Vocabulary vocabulary = national;
        List<PolicyVersion.LayerVersion> versions = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(notes);
        for (RuleSet set : chosen) {
            versions.add(new PolicyVersion.LayerVersion(set.id(), set.version(), set.layer().key(),
                    set.effectiveFrom(), set.status().key()));
            vocabulary = vocabulary.plus(set.roles(), set.tasks());
            units.putAll(set.units());
            for (RuleChange change : set.changes()) {
                EffectiveRule current = rules.get(change.ruleId());
                if (current == null) {
                    allNotes.add(set.label() + ": " + change.kind().key() + " of " + change.ruleId()
                            + " ignored: the rule is not in the versions in force above it");
                    continue;
                }
                rules.put(change.ruleId(), apply(current, change, set));
            }
            for (Rule rule : set.rules()) {
                rules.put(rule.id(), new EffectiveRule(rule, set.label(), List.of()));
            }
        }
        return new EffectivePolicy(new PolicyVersion(versions), List.copyOf(rules.values()), vocabulary, units, allNotes);
    }

    private static EffectiveRule apply(EffectiveRule current, RuleChange change, RuleSet by) {
        Rule rule = current.rule();
        Rule changed = switch (change.kind()) {
            case SWITCH_OFF -> rule.withEnabled(false);
            case SWITCH_ON -> rule.withEnabled(true);
            case OVERRIDE -> override(rule, change);
        };
        List<String> changes = new ArrayList<>(current.changes());
        changes.add(by.label() + ": " + change.describe());
        return new EffectiveRule(changed, current.ruleSet(), changes);
    }

    private static Rule override(Rule rule, RuleChange change) {
        Map<String, List<Base>> parameters = new LinkedHashMap<>(rule.parameters());
        parameters.putAll(change.parameters());
        Outcome outcome = change.outcome() != null ? change.outcome() : rule.outcome();
        // a deadline "within %parameter" follows a changed parameter
        if (outcome instanceof Outcome.SetDeadline deadline && deadline.due() instanceof Outcome.After after
                && after.parameter() != null && change.parameters().containsKey(after.parameter())) {
            Duration duration = Quantities.duration(parameters.get(after.parameter()));
            outcome = new Outcome.SetDeadline(deadline.obligation(), new Outcome.After(duration, after.parameter()),
                    deadline.metBy());
        }
        return rule.withChanges(change.modality() != null ? change.modality() : rule.modality(), parameters, outcome);
    }
}
