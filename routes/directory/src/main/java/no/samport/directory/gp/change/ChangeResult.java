package no.samport.directory.gp.change;

/**
 * The answer to one change: its outcome and a sentence that says why (no personal data).
 *
 * @param changeId  the source's id of the change
 * @param outcome   what became of it
 * @param detail    why
 * @param findingId the finding recorded for a reported change, or null
 */
public record ChangeResult(String changeId, ChangeOutcome outcome, String detail, Long findingId) {

    public static ChangeResult of(String changeId, ChangeOutcome outcome, String detail) {
        return new ChangeResult(changeId, outcome, detail, null);
    }

    public ChangeResult withFinding(long id) {
        return new ChangeResult(changeId, outcome, detail, id);
    }
}
