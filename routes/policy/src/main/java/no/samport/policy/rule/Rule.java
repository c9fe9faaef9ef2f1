package no.samport.policy.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samport.policy.fhirpath.CompiledExpression;
import org.hl7.fhir.r4.model.Base;

/**
 * One task-sharing rule: who may or should do what, under which condition, from which source.
 *
 * @param id           unique across every rule set in force, e.g. {@code NFA-2.1.2b}
 * @param title        what the rule says, in one line
 * @param sources      where it comes from
 * @param evidence     how strong the source is
 * @param modality     MUST, SHOULD, MAY or TARGET
 * @param overridable  whether a region or municipality may change or switch it off
 * @param enabled      whether it is in force unless a layer switches it (false for proposals)
 * @param messageTypes the 8279 message types it looks at; empty = every business message
 * @param actor        the role the obligation lies on, or null
 * @param parameters   named values the expressions use as {@code %name} (thresholds a layer may change)
 * @param inputs       named expressions evaluated on each message and recorded with the decision
 * @param when         the condition, over the message bundle, its inputs and parameters
 * @param notCheckable when the rule cannot judge a message and why, or null (it can judge every message it looks at)
 * @param outcome      what happens when the condition holds
 * @param note         a remark for readers (how the machine check interprets the source), or null
 * @param origin       where the rule is written
 */
public record Rule(
        String id,
        String title,
        List<SourceRef> sources,
        Evidence evidence,
        Modality modality,
        boolean overridable,
        boolean enabled,
        Set<String> messageTypes,
        String actor,
        Map<String, List<Base>> parameters,
        Map<String, CompiledExpression> inputs,
        CompiledExpression when,
        NotCheckable notCheckable,
        Outcome outcome,
        String note,
        Origin origin) {

    public boolean appliesTo(String messageType) {
        return messageTypes.isEmpty() || messageTypes.contains(messageType);
    }

    /** The sources as "document:lines; document:lines". */
    public String citation() {
        return String.join("; ", sources.stream().map(SourceRef::citation).toList());
    }

    public Rule withEnabled(boolean on) {
        return new Rule(id, title, sources, evidence, modality, overridable, on, messageTypes, actor, parameters,
                inputs, when, notCheckable, outcome, note, origin);
    }

    public Rule withChanges(Modality newModality, Map<String, List<Base>> newParameters, Outcome newOutcome) {
        return new Rule(id, title, sources, evidence, newModality, overridable, enabled, messageTypes, actor,
                newParameters, inputs, when, notCheckable, newOutcome, note, origin);
    }
}
