package no.samport.directory.gp.fhir;

import java.util.Locale;
import no.samport.directory.gp.change.ChangeOutcome;
import no.samport.directory.gp.change.ChangeResult;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;

/** The answer to a GP-list change as a FHIR {@code OperationOutcome}: Samport's outcome code and why. */
public final class ChangeOutcomes {

    /** Samport's code system for what became of a change. */
    public static final String SYSTEM = Systems.SAMPORT_BASE + "CodeSystem/gp-change-outcome";

    private ChangeOutcomes() {
    }

    public static OperationOutcome of(ChangeResult result) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(result.outcome().isReported() ? OperationOutcome.IssueSeverity.ERROR
                        : OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(code(result.outcome()))
                .setDiagnostics(result.detail());
        issue.setDetails(new CodeableConcept(new Coding(SYSTEM, result.outcome().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), null)).setText(result.changeId()));
        result.compliance().forEach(finding -> outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.WARNING)
                .setCode(OperationOutcome.IssueType.BUSINESSRULE).setDiagnostics(finding)
                .setDetails(new CodeableConcept(new Coding(SYSTEM, "compliance-finding", null))));
        result.notes().forEach(note -> outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics(note)
                .setDetails(new CodeableConcept(new Coding(SYSTEM, "municipality-merged", null))));
        return outcome;
    }

    /** A change Samport could not read: what and where. */
    public static OperationOutcome invalid(String problem) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(problem);
        return outcome;
    }

    private static OperationOutcome.IssueType code(ChangeOutcome outcome) {
        return switch (outcome) {
            case APPLIED, UNCHANGED -> OperationOutcome.IssueType.INFORMATIONAL;
            case DUPLICATE -> OperationOutcome.IssueType.DUPLICATE;
            case CONTRADICTION, OUT_OF_ORDER -> OperationOutcome.IssueType.CONFLICT;
        };
    }
}
