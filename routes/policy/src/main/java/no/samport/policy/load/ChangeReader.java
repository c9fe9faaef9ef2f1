package no.samport.policy.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samport.policy.rule.Approval;
import no.samport.policy.rule.Layer;
import no.samport.policy.rule.Modality;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.RuleChange;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;

/**
 * Reads a layer's {@code switch-off}, {@code switch-on} and {@code override} lists. Each change names the rule and cites
 * the decision behind it (body, date, reference). Whether the rule exists and may be changed is checked when every file
 * is read.
 */
final class ChangeReader {

    private static final Set<String> SWITCH_KEYS = Set.of("id", "decision", "reason");
    private static final Set<String> OVERRIDE_KEYS = Set.of("id", "decision", "reason", "modality", "parameters", "outcome");

    private final Problems problems;
    private final Vocabulary vocabulary;

    ChangeReader(Problems problems, Vocabulary vocabulary) {
        this.problems = problems;
        this.vocabulary = vocabulary;
    }

    List<RuleChange> read(YamlMap file, Layer layer) {
        List<RuleChange> changes = new ArrayList<>();
        boolean any = file.has("switch-off") || file.has("switch-on") || file.has("override");
        if (any && layer == Layer.NATIONAL) {
            problems.add(file.origin(), "the national layer changes no rules; it is where rules start");
            return changes;
        }
        for (YamlMap entry : file.maps("switch-off")) {
            entry.onlyKeys("switch-off", SWITCH_KEYS);
            change(entry, RuleChange.Kind.SWITCH_OFF, null, Map.of(), null).ifPresent(changes::add);
        }
        for (YamlMap entry : file.maps("switch-on")) {
            entry.onlyKeys("switch-on", SWITCH_KEYS);
            change(entry, RuleChange.Kind.SWITCH_ON, null, Map.of(), null).ifPresent(changes::add);
        }
        for (YamlMap entry : file.maps("override")) {
            entry.onlyKeys("override", OVERRIDE_KEYS);
            Modality modality = entry.string("modality").map(m -> {
                try {
                    return Modality.valueOf(m);
                } catch (IllegalArgumentException e) {
                    problems.add(entry.origin("modality"), "modality '" + m + "' is not one of MUST, SHOULD, MAY, TARGET");
                    return null;
                }
            }).orElse(null);
            Map<String, List<Base>> parameters = entry.map("parameters")
                    .map(p -> ParameterReader.read(p, problems)).orElse(new LinkedHashMap<>());
            // the inputs a new outcome may name are checked against the rule when every file is read
            Outcome outcome = entry.map("outcome")
                    .map(o -> new OutcomeReader(problems, vocabulary).read(o, null, parameters)).orElse(null);
            if (modality == null && parameters.isEmpty() && outcome == null && !entry.has("modality")
                    && !entry.has("outcome")) {
                problems.add(entry.origin(), "an override changes modality, parameters or outcome");
            }
            change(entry, RuleChange.Kind.OVERRIDE, modality, parameters, outcome).ifPresent(changes::add);
        }
        return changes;
    }

    private java.util.Optional<RuleChange> change(YamlMap entry, RuleChange.Kind kind, Modality modality,
                                                  Map<String, List<Base>> parameters, Outcome outcome) {
        String id = entry.required("id", kind.key());
        if (!entry.has("decision")) {
            problems.add(entry.origin(), kind.key() + " of " + id + " cites no decision (body, date, reference)");
            return java.util.Optional.empty();
        }
        Approval decision = entry.map("decision").map(d -> approval(d, problems)).orElse(null);
        if (id == null || decision == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleChange(id, kind, decision, modality, parameters, outcome,
                entry.string("reason").orElse(null), entry.origin()));
    }

    static Approval approval(YamlMap decision, Problems problems) {
        decision.onlyKeys("a decision", Set.of("body", "date", "reference"));
        String body = decision.required("body", "a decision");
        String date = decision.required("date", "a decision");
        if (body == null || date == null) {
            return null;
        }
        return new Approval(body, date, decision.string("reference").orElse(null));
    }
}
