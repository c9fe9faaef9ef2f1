package no.samport.policy.rule;

import java.util.Arrays;
import java.util.Optional;

/** Where a rule-set version stands in its owner's process (TASK-SHARING.md §6). Only adopted versions come in force. */
public enum RuleSetStatus {
    DRAFT("draft"),
    HEARING("hearing"),
    ADOPTED("adopted"),
    RETIRED("retired");

    private final String key;

    RuleSetStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RuleSetStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
