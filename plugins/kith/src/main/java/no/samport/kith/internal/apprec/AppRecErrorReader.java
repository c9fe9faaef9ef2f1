package no.samport.kith.internal.apprec;

import java.util.List;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.w3c.dom.Element;

/**
 * {@code Error CV*} (8221) to OperationOutcome issues as {@code AppRecBundles} builds them: details.coding = the code
 * (system {@code urn:oid:S}), details.text = {@code OT}; severity error for a rejection, else warning. Errors with
 * V and S swapped (trap 5) are normalised.
 */
final class AppRecErrorReader {

    private static final String OID = "\\d+(\\.\\d+)+";

    private AppRecErrorReader() {
    }

    /** The errors as an OperationOutcome, or null when there are none. */
    static OperationOutcome read(List<Element> errors, AppRecStatus status, ReadContext context)
            throws MessageRejectedException {
        if (errors.isEmpty()) {
            return null;
        }
        OperationOutcome outcome = new OperationOutcome();
        IssueSeverity severity = status == AppRecStatus.REJECTED ? IssueSeverity.ERROR : IssueSeverity.WARNING;
        for (Element error : errors) {
            CodedValue value = CodedValue.cv(error, context);
            if (value.v() != null && value.v().matches(OID) && (value.s() == null || !value.s().matches(OID))) {
                context.quirk(error, "Error has V and S swapped");
                value = new CodedValue(value.s(), value.v(), value.dn(), value.ot());
            }
            if (value.v() == null) {
                throw context.invalid(error, "Error has no V");
            }
            CodeableConcept details = new CodeableConcept(value.toCoding(Systems.APPREC_ERROR)).setText(value.ot());
            outcome.addIssue().setSeverity(severity).setCode(IssueType.PROCESSING).setDetails(details);
        }
        return outcome;
    }
}
