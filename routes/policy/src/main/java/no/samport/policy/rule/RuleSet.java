package no.samport.policy.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a rule set: the national default, a health region's or a municipality's layer.
 *
 * @param id            e.g. {@code samport-default}, {@code nidvik-kommune}
 * @param version       e.g. {@code 2026.1}
 * @param title         a name for people
 * @param layer         where it sits
 * @param status        draft, hearing, adopted or retired; only adopted versions come in force
 * @param effectiveFrom the first day (Europe/Oslo) it is in force
 * @param effectiveTo   the first day it is no longer in force, or null
 * @param extendsId     the rule set it builds on (the layer above), or null for the national layer
 * @param decision      the decision that adopted it, or null
 * @param roles         roles it adds to the vocabulary (local units)
 * @param tasks         task kinds it adds
 * @param units         HER-ids of the units that fill a role here: routing targets and role marks
 * @param changes       its changes to rules of the layers above
 * @param rules         its own rules
 * @param file          the file it was read from
 */
public record RuleSet(
        String id,
        String version,
        String title,
        Layer layer,
        RuleSetStatus status,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String extendsId,
        Approval decision,
        List<Role> roles,
        List<TaskKind> tasks,
        Map<String, List<String>> units,
        List<RuleChange> changes,
        List<Rule> rules,
        String file) {

    /** Whether this version is in force on that day. */
    public boolean inForceOn(LocalDate day) {
        return status == RuleSetStatus.ADOPTED && !day.isBefore(effectiveFrom)
                && (effectiveTo == null || day.isBefore(effectiveTo));
    }

    /** "id version", as decisions record it. */
    public String label() {
        return id + " " + version;
    }
}
