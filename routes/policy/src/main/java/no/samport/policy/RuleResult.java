package no.samport.policy;

import java.util.List;
import java.util.Map;
import no.samport.policy.rule.Modality;

/**
 * How one rule in force judged a message.
 *
 * @param ruleId   the rule
 * @param title    what it says
 * @param modality MUST, SHOULD, MAY or TARGET (after overrides)
 * @param source   where it comes from, "document:lines"
 * @param ruleSet  "id version" of the rule set that defines it
 * @param fired    whether its condition held
 * @param inputs   each input's name and the values it read from the message (identity numbers masked)
 * @param effect   what it does to the message when it fired, else null
 * @param note     why it did not run (an evaluation error), or a remark; usually null
 */
public record RuleResult(
        String ruleId,
        String title,
        Modality modality,
        String source,
        String ruleSet,
        boolean fired,
        Map<String, List<String>> inputs,
        Effect effect,
        String note) {

    RuleResult withNote(String newNote) {
        return new RuleResult(ruleId, title, modality, source, ruleSet, fired, inputs, effect, newNote);
    }
}
