package no.samport.directory.gp.waiting;

/** How a municipality keeps its waiting list (GP-LISTS.md §4). */
public enum WaitingListModel {
    /** One list for the municipality, with groups (Trondheim); any list with a free place serves it. */
    MUNICIPAL,
    /** A list per GP (Grimstad): a person queues for the GP they want; a place on X goes to X's queue only. */
    PER_GP
}
