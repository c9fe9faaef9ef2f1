package no.samport.directory.gp.waiting;

/**
 * One key of a waiting list's ordering rule. No source states an ordering rule (GP-LISTS.md §4): it is per-municipality
 * configuration, and join time alone is only the labelled default.
 */
public enum OrderCriterion {
    /** By group, in the municipality's configured group order (entries without a group last). */
    GROUP,
    /** By the time the person joined the list, earliest first. */
    JOINED_AT
}
