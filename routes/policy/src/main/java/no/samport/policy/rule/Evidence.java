package no.samport.policy.rule;

/**
 * How strong the source of a rule is (TASK-SHARING.md §3). A rule whose source is only a proposal or a wish is off by
 * default: a region or municipality switches it on by its own decision.
 */
public enum Evidence implements Keyed {
    /** Law, regulation or binding local decision. */
    RULE("rule"),
    /** The NFA recommendations for hospital–GP cooperation (2018). */
    AGREEMENT("agreement"),
    /** Happens today. */
    PRACTICE("practice"),
    /** A measure a plan proposes. */
    PROPOSED("proposed"),
    /** A wish stated in a plan. */
    WANTED("wanted"),
    /** A national signal only. */
    NATIONAL_DIRECTION("national-direction"),
    /** Reported as a problem: the basis of a negative rule. */
    COMPLAINT("complaint"),
    /** The task is named, no delegation is described. */
    NONE_STATED("none-stated"),
    /** A design choice of Samport or of the rule set's owner, in no source document. */
    DESIGN("design");

    private final String key;

    Evidence(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /** Whether a rule with this evidence only, rests on a proposal and so is off until someone adopts it. */
    public boolean isProposalOnly() {
        return this == PROPOSED || this == WANTED;
    }
}
