package no.samport.policy.rule;

/** Where a rule-set version stands in its owner's process (TASK-SHARING.md §6). Only adopted versions come in force. */
public enum RuleSetStatus implements Keyed {
    DRAFT("draft"),
    HEARING("hearing"),
    ADOPTED("adopted"),
    RETIRED("retired");

    private final String key;

    RuleSetStatus(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
