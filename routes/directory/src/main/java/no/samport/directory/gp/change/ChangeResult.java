package no.samport.directory.gp.change;

/**
 * The answer to one change: its outcome and a sentence that says why (no personal data).
 *
 * @param changeId  the source's id of the change
 * @param outcome   what became of it
 * @param detail    why
 * @param findingId the finding recorded for a reported change, or null
 * @param compliance compliance findings recorded while the change was applied (GL-20): they never stop it
 */
public record ChangeResult(String changeId, ChangeOutcome outcome, String detail, Long findingId,
                           java.util.List<String> compliance) {

    public ChangeResult {
        compliance = compliance == null ? java.util.List.of() : java.util.List.copyOf(compliance);
    }

    public static ChangeResult of(String changeId, ChangeOutcome outcome, String detail) {
        return new ChangeResult(changeId, outcome, detail, null, null);
    }

    public ChangeResult withFinding(long id) {
        return new ChangeResult(changeId, outcome, detail, id, compliance);
    }

    public ChangeResult withCompliance(java.util.List<String> findings) {
        return new ChangeResult(changeId, outcome, detail, findingId, findings);
    }
}
