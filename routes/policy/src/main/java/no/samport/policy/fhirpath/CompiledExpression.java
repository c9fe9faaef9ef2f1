package no.samport.policy.fhirpath;

import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.TypeDetails;

/**
 * A FHIRPath expression from a rule file, parsed and type-checked against the FHIR R4 model at load.
 *
 * @param text the expression as written
 * @param node the parsed expression
 * @param type what it yields, as the type check found
 */
public record CompiledExpression(String text, ExpressionNode node, TypeDetails type) {

    @Override
    public String toString() {
        return text;
    }
}
