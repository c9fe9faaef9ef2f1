package no.samport.policy.rule;

/**
 * The decision that adopted a rule set or a local change to a rule: which body, when, and its reference (case
 * number). Regions and municipalities cite one for every rule they switch off, switch on or change.
 */
public record Approval(String body, String date, String reference) {

    @Override
    public String toString() {
        return body + " " + date + (reference == null ? "" : " (" + reference + ")");
    }
}
