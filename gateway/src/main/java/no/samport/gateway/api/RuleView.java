package no.samport.gateway.api;

import java.util.List;
import no.samport.policy.EffectiveRule;
import no.samport.policy.rule.Rule;

/** A rule as the API lists it: what it says, its source and standing, what it does, and what layers changed. */
public record RuleView(String id, String title, String modality, String evidence, String source, boolean inForce,
                       boolean overridable, List<String> messageTypes, String outcome, String ruleSet,
                       List<String> changes) {

    static RuleView of(EffectiveRule effective) {
        Rule r = effective.rule();
        return new RuleView(r.id(), r.title(), r.modality().name(), r.evidence().key(), r.citation(), effective.inForce(),
                r.overridable(), List.copyOf(r.messageTypes()), r.outcome().describe(), effective.ruleSet(),
                effective.changes());
    }
}
