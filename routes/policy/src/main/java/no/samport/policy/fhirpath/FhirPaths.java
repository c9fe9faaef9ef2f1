package no.samport.policy.fhirpath;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.fhirpath.ExpressionNode;
import org.hl7.fhir.r4.fhirpath.FHIRLexer;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;

/**
 * FHIRPath for rules: compiles an expression at load (parse, then a type check against the FHIR R4 model, so an
 * unknown element or constant fails there and not on a message), and evaluates it over a message bundle. One worker
 * context (the R4 StructureDefinitions, loaded once: about 2 s) is shared; each thread gets its own engine.
 */
public final class FhirPaths {

    private final HapiWorkerContext worker;
    private final PolicyHostServices host = new PolicyHostServices();
    private final ThreadLocal<FHIRPathEngine> engines;

    private FhirPaths(FhirContext fhir) {
        this.worker = new HapiWorkerContext(fhir, fhir.getValidationSupport());
        this.engines = ThreadLocal.withInitial(this::newEngine);
    }

    public static FhirPaths create(FhirContext fhir) {
        return new FhirPaths(fhir);
    }

    private FHIRPathEngine newEngine() {
        FHIRPathEngine engine = new FHIRPathEngine(worker);
        engine.setHostServices(host);
        engine.setDoNotEnforceAsSingletonRule(true);
        return engine;
    }

    /** Parses and checks an expression evaluated on a message Bundle. */
    public CompiledExpression compile(String text, CheckContext context) throws ExpressionException {
        if (text == null || text.isBlank()) {
            throw new ExpressionException("the expression is empty");
        }
        FHIRPathEngine engine = engines.get();
        ExpressionNode node;
        try {
            node = engine.parse(text);
        } catch (FHIRLexer.FHIRLexerException e) {
            throw new ExpressionException("FHIRPath does not parse: " + e.getMessage());
        }
        VocabularyCheck.check(node, context);
        try {
            TypeDetails type = engine.check(context, "Bundle", "Bundle", "Bundle", node);
            return new CompiledExpression(text, node, type);
        } catch (FHIRException e) {
            throw new ExpressionException("FHIRPath does not fit the FHIR R4 message bundle: " + e.getMessage());
        }
    }

    /** Evaluates an expression on the scope's bundle. */
    public List<Base> evaluate(CompiledExpression expression, EvaluationScope scope) {
        return new ArrayList<>(engines.get().evaluate(scope, scope.bundle(), scope.bundle(), scope.bundle(),
                expression.node()));
    }

    /** FHIRPath truth: true only for a single {@code true}; an empty result is false. */
    public static boolean isTrue(List<Base> result) {
        return result.size() == 1 && result.get(0) instanceof BooleanType b && Boolean.TRUE.equals(b.getValue());
    }
}
