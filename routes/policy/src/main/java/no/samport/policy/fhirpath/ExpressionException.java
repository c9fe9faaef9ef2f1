package no.samport.policy.fhirpath;

/** A FHIRPath expression that does not parse, names an unknown element, constant, role or task, or mistypes. */
public final class ExpressionException extends Exception {

    public ExpressionException(String message) {
        super(message);
    }
}
