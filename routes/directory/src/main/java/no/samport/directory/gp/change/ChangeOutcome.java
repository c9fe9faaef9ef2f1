package no.samport.directory.gp.change;

/** What became of a change. */
public enum ChangeOutcome {
    /** Applied to the stored state. */
    APPLIED,
    /** Valid and new, but the stored state already says the same: nothing changed. */
    UNCHANGED,
    /** The same change (same source and id, same content) came before: nothing changed. */
    DUPLICATE,
    /** The change contradicts the stored state (or reuses an id for other content): reported, not applied. */
    CONTRADICTION,
    /** The source recorded it before a change already applied to the same subject: reported, not applied. */
    OUT_OF_ORDER;

    /** Whether the change left the stored state as it was because of a problem an operator should see. */
    public boolean isReported() {
        return this == CONTRADICTION || this == OUT_OF_ORDER;
    }
}
