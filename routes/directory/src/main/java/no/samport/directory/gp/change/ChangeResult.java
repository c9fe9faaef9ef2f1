package no.samport.directory.gp.change;

import java.util.List;

/**
 * The answer to one change: its outcome and a sentence that says why (no personal data).
 *
 * @param changeId  the source's id of the change
 * @param outcome   what became of it
 * @param detail    why
 * @param findingId the finding recorded for a reported change, or null
 * @param compliance compliance findings recorded while the change was applied (GL-20): they never stop it
 * @param notes      what Samport changed in the data as it was applied (an old kommunenummer mapped after a merger,
 *                   GL-19)
 */
public record ChangeResult(String changeId, ChangeOutcome outcome, String detail, Long findingId,
                           List<String> compliance, List<String> notes) {

    public ChangeResult {
        compliance = compliance == null ? List.of() : List.copyOf(compliance);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static ChangeResult of(String changeId, ChangeOutcome outcome, String detail) {
        return new ChangeResult(changeId, outcome, detail, null, null, null);
    }

    public ChangeResult withFinding(long id) {
        return new ChangeResult(changeId, outcome, detail, id, compliance, notes);
    }

    public ChangeResult withCompliance(List<String> findings) {
        return new ChangeResult(changeId, outcome, detail, findingId, findings, notes);
    }

    public ChangeResult withNotes(List<String> mapped) {
        return new ChangeResult(changeId, outcome, detail, findingId, compliance, mapped);
    }
}
