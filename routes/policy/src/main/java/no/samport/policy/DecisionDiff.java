package no.samport.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a region's or municipality's rules change for one message, compared with the national rules alone: rules that
 * fire only with or only without the local layers, and rules whose effect differs.
 */
public final class DecisionDiff {

    private DecisionDiff() {
    }

    /** The differences, one line each; empty when the local layers change nothing for this message. */
    public static List<String> between(Decision national, Decision local) {
        List<String> lines = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        national.rules().forEach(r -> ids.add(r.ruleId()));
        local.rules().forEach(r -> ids.add(r.ruleId()));
        for (String id : ids) {
            Optional<RuleResult> before = national.result(id).filter(RuleResult::fired);
            Optional<RuleResult> after = local.result(id).filter(RuleResult::fired);
            if (before.isEmpty() && after.isPresent()) {
                lines.add(id + " fires only with the local rules: " + after.get().effect().describe()
                        + (national.result(id).isPresent() ? "" : " (a local rule, or switched on locally)"));
            } else if (before.isPresent() && after.isEmpty()) {
                lines.add(id + " fires only with the national rules alone: " + before.get().effect().describe()
                        + (local.result(id).isPresent() ? " (changed locally)" : " (switched off locally)"));
            } else if (before.isPresent() && !sameEffect(before.get(), after.get())) {
                lines.add(id + " changes: " + before.get().effect().describe() + " -> " + after.get().effect().describe()
                        + (before.get().modality() == after.get().modality() ? ""
                        : " (modality " + before.get().modality() + " -> " + after.get().modality() + ")"));
            }
        }
        return lines;
    }

    private static boolean sameEffect(RuleResult a, RuleResult b) {
        return Objects.equals(a.effect(), b.effect()) && a.modality() == b.modality();
    }
}
