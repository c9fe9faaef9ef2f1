package no.samport.policy.rule;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Base;

/**
 * A region's or municipality's change to a rule of a layer above it, citing the decision that made it: switch it off,
 * switch it on (e.g. adopt a proposal), or override its modality, parameters or outcome.
 *
 * @param ruleId     the rule changed
 * @param kind       what is done to it
 * @param decision   the local decision behind the change
 * @param modality   the new modality, or null (override only)
 * @param parameters parameters replaced (override only; others keep their values)
 * @param outcome    the new outcome, or null (override only)
 * @param reason     why, in a sentence, or null
 * @param origin     where the change is written
 */
public record RuleChange(
        String ruleId,
        Kind kind,
        Approval decision,
        Modality modality,
        Map<String, List<Base>> parameters,
        Outcome outcome,
        String reason,
        Origin origin) {

    /** What a change does. */
    public enum Kind implements Keyed {
        SWITCH_OFF("switch-off"),
        SWITCH_ON("switch-on"),
        OVERRIDE("override");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    /** One line for people. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.key()).append(" ").append(ruleId);
        if (modality != null) {
            text.append(": modality ").append(modality);
        }
        if (parameters != null && !parameters.isEmpty()) {
            text.append(modality != null ? ", " : ": ").append("parameters ").append(String.join(", ", parameters.keySet()));
        }
        if (outcome != null) {
            text.append(modality != null || !parameters.isEmpty() ? ", " : ": ").append(outcome.describe());
        }
        return text.append(" (").append(decision).append(")").toString();
    }
}
