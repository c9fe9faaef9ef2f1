package no.samport.directory.gp.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.change.ChangeResult;

/**
 * What an import did, line by line where it matters: how many changes had each outcome, which lines could not be read
 * and why, and the changes reported as contradictions or out of order, and the compliance findings the changes raised.
 * No patient data.
 */
public final class ImportReport {

    /** At most this many problems and reported changes are listed; the counts cover all. */
    static final int LISTED = 200;

    /** A line that could not be read. */
    public record LineProblem(int line, String problem) {
    }

    private final String source;
    private int changes;
    private final Map<ChangeOutcome, Integer> outcomes = new EnumMap<>(ChangeOutcome.class);
    private int invalidCount;
    private final List<LineProblem> invalid = new ArrayList<>();
    private final List<ChangeResult> reported = new ArrayList<>();
    private int notedCount;
    private final List<String> notes = new ArrayList<>();
    private int complianceCount;
    private final List<String> compliance = new ArrayList<>();

    public ImportReport(String source) {
        this.source = source;
    }

    void add(ChangeResult result) {
        changes++;
        outcomes.merge(result.outcome(), 1, Integer::sum);
        if (result.outcome().isReported() && reported.size() < LISTED) {
            reported.add(result);
        }
        if (!result.notes().isEmpty()) {
            notedCount++;
            if (notes.size() < LISTED) {
                notes.add("change " + result.changeId() + ": " + String.join("; ", result.notes()));
            }
        }
        complianceCount += result.compliance().size();
        result.compliance().stream().limit(Math.max(0, LISTED - compliance.size())).forEach(compliance::add);
    }

    void invalid(int line, String problem) {
        invalidCount++;
        if (invalid.size() < LISTED) {
            invalid.add(new LineProblem(line, problem));
        }
    }

    public String getSource() {
        return source;
    }

    public int getChanges() {
        return changes;
    }

    public Map<ChangeOutcome, Integer> getOutcomes() {
        return outcomes;
    }

    public int getInvalidCount() {
        return invalidCount;
    }

    public List<LineProblem> getInvalid() {
        return invalid;
    }

    public List<ChangeResult> getReported() {
        return reported;
    }

    /** Changes whose data Samport mapped as it applied them (an old kommunenummer after a merger, GL-19). */
    public int getNotedCount() {
        return notedCount;
    }

    public List<String> getNotes() {
        return notes;
    }

    /** Compliance findings recorded by the imported changes (GL-20); the changes were applied all the same. */
    public int getComplianceCount() {
        return complianceCount;
    }

    public List<String> getCompliance() {
        return compliance;
    }

    public int count(ChangeOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
