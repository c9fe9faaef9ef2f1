package no.samport.policy.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samport.policy.rule.Layer;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.RuleChange;
import no.samport.policy.rule.RuleSet;
import org.hl7.fhir.r4.model.Base;

/**
 * Checks across layers: the first layer is national and each next one extends the one above; a rule id is defined
 * once (one rule set may repeat its ids across its own versions, a lower layer overrides instead of redefining);
 * a change names a rule of a layer above, never relaxes one marked {@code overridable: false}, and an override's
 * parameters and outcome fit the rule.
 */
final class LayerChecks {

    private final Problems problems;

    LayerChecks(Problems problems) {
        this.problems = problems;
    }

    void check(List<LayerFiles> layers) {
        Map<String, Rule> above = new HashMap<>();
        Map<String, String> definedIn = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerFiles layer = layers.get(i);
            for (RuleSet version : layer.versions()) {
                checkPlace(version, i == 0 ? null : layers.get(i - 1));
                version.changes().forEach(change -> checkChange(change, above.get(change.ruleId()), version));
                checkIds(version, definedIn);
            }
            for (RuleSet version : layer.versions()) {
                version.rules().forEach(rule -> above.putIfAbsent(rule.id(), rule));
            }
        }
    }

    private void checkPlace(RuleSet version, LayerFiles parent) {
        if (parent == null) {
            if (version.layer() != Layer.NATIONAL) {
                problems.add(version.file(), 1, "the first layer is the national one");
            }
            return;
        }
        if (version.layer() == Layer.NATIONAL) {
            problems.add(version.file(), 1, "there is one national layer (the default); configure regions and municipalities");
        } else if (!parent.ruleSet().equals(version.extendsId())) {
            problems.add(version.file(), 1, version.id() + " extends '" + version.extendsId() + "', but the layer "
                    + "configured above it is " + parent.ruleSet() + ": list the layers from the national down");
        } else if (version.layer() == Layer.REGION && parent.layer() == Layer.MUNICIPALITY) {
            problems.add(version.file(), 1, "a region layer cannot sit below a municipality layer");
        }
    }

    private void checkIds(RuleSet version, Map<String, String> definedIn) {
        Map<String, Rule> own = new HashMap<>();
        for (Rule rule : version.rules()) {
            if (own.put(rule.id(), rule) != null) {
                problems.add(rule.origin(), "rule id " + rule.id() + " is used twice in " + version.label());
            }
            String where = definedIn.putIfAbsent(rule.id(), version.id());
            if (where != null && !where.equals(version.id())) {
                problems.add(rule.origin(), "rule id " + rule.id() + " is already a rule of " + where
                        + ": change it with 'override', or give the new rule its own id");
            }
        }
    }

    private void checkChange(RuleChange change, Rule rule, RuleSet version) {
        if (rule == null) {
            problems.add(change.origin(), change.kind().key() + " names " + change.ruleId()
                    + ", which is not a rule of the layers above " + version.id());
            return;
        }
        if (!rule.overridable() && change.kind() != RuleChange.Kind.SWITCH_ON) {
            problems.add(change.origin(), rule.id() + " is marked overridable: false (" + rule.citation()
                    + "): a region or municipality cannot " + (change.kind() == RuleChange.Kind.SWITCH_OFF
                    ? "switch it off" : "change it"));
            return;
        }
        for (Map.Entry<String, List<Base>> parameter : change.parameters().entrySet()) {
            List<Base> current = rule.parameters().get(parameter.getKey());
            if (current == null) {
                problems.add(change.origin(), rule.id() + " has no parameter '" + parameter.getKey() + "'; it has "
                        + rule.parameters().keySet());
            } else if (!typeOf(current).equals(typeOf(parameter.getValue()))) {
                problems.add(change.origin(), "parameter '" + parameter.getKey() + "' of " + rule.id() + " is a "
                        + typeOf(current) + "; the override gives a " + typeOf(parameter.getValue()));
            }
        }
        Outcome outcome = change.outcome();
        String input = outcome instanceof Outcome.Route route ? route.herIdFrom()
                : outcome instanceof Outcome.SetDeadline d && d.due() instanceof Outcome.EndOfDay e ? e.input() : null;
        if (input != null && !rule.inputs().containsKey(input)) {
            problems.add(change.origin(), "the new outcome names input '" + input + "', which " + rule.id()
                    + " does not have; it has " + rule.inputs().keySet());
        }
    }

    private static String typeOf(List<Base> value) {
        return value.isEmpty() ? "empty list" : value.get(0).fhirType() + (value.size() > 1 ? " list" : "");
    }
}
