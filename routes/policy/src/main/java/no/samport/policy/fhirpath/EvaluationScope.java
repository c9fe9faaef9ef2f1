package no.samport.policy.fhirpath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What an expression sees while it runs: the message bundle (root and target of {@code resolve()}), its constants
 * ({@code %name}), and how roles show in this message ({@link RoleMarks}).
 */
public final class EvaluationScope {

    private final Bundle bundle;
    private final RoleMarks roles;
    private final Map<String, List<Base>> constants;

    public EvaluationScope(Bundle bundle, RoleMarks roles, Map<String, List<Base>> constants) {
        this.bundle = bundle;
        this.roles = roles;
        this.constants = new HashMap<>(constants);
    }

    public Bundle bundle() {
        return bundle;
    }

    public RoleMarks roles() {
        return roles;
    }

    /** A scope with more constants (a rule's parameters and inputs) on top of this one's. */
    public EvaluationScope with(Map<String, List<Base>> more) {
        EvaluationScope scope = new EvaluationScope(bundle, roles, constants);
        scope.constants.putAll(more);
        return scope;
    }

    public void put(String name, List<Base> value) {
        constants.put(name, value);
    }

    /** A constant's value (a built-in, a parameter or an input already evaluated), or null. */
    public List<Base> constantValue(String name) {
        return constants.get(name);
    }

}
