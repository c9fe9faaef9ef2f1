package no.samport.policy.rule;

import no.samport.policy.fhirpath.CompiledExpression;

/**
 * When a rule cannot judge a message because the message's format does not carry what the rule reads (e.g. a KITH
 * epikrise gives follow-up as free text, never as tasks with an owner): the rule is then recorded as not checkable,
 * with the reason, instead of passing silently as if the message complied.
 *
 * @param when   the condition over the message (FHIRPath; may use the rule's parameters and inputs)
 * @param reason why the rule cannot be checked, for the decision and the rule catalogue
 */
public record NotCheckable(CompiledExpression when, String reason) {
}
