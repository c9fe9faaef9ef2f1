package no.samport.policy.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.samport.policy.fhirpath.CheckContext;
import no.samport.policy.fhirpath.CompiledExpression;
import no.samport.policy.fhirpath.ExpressionException;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.fhirpath.MessageFacts;
import no.samport.policy.rule.Evidence;
import no.samport.policy.rule.Keyed;
import no.samport.policy.rule.Modality;
import no.samport.policy.rule.NotCheckable;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.SourceRef;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Base;

/**
 * Reads one rule and compiles its expressions: parameters first, then each input (which may use the parameters and
 * the inputs before it), then the condition. Every problem is recorded with the line of the key it is about.
 */
final class RuleReader {

    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*");
    private static final Pattern MESSAGE_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern INPUT = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Set<String> KEYS = Set.of("id", "title", "source", "quote", "evidence", "modality",
            "overridable", "enabled", "message-types", "actor", "parameters", "inputs", "when", "not-checkable", "outcome",
            "note");

    private final Problems problems;
    private final FhirPaths paths;
    private final Vocabulary vocabulary;

    RuleReader(Problems problems, FhirPaths paths, Vocabulary vocabulary) {
        this.problems = problems;
        this.paths = paths;
        this.vocabulary = vocabulary;
    }

    Optional<Rule> read(YamlMap r) {
        r.onlyKeys("a rule", KEYS);
        String id = r.required("id", "a rule");
        if (id == null) {
            return Optional.empty();
        }
        if (!RULE_ID.matcher(id).matches()) {
            problems.add(r.origin("id"), "rule id '" + id + "' should look like NFA-2.1.3, T10 or K-NIDVIK-MOTE");
        }
        String what = "rule " + id;
        int before = problems.all().size();
        String title = r.required("title", what);
        Evidence evidence = r.string("evidence").map(e -> Keyed.fromKey(Evidence.class, e).orElseGet(() -> {
            problems.add(r.origin("evidence"), "evidence '" + e + "' is not one of " + Keyed.keys(Evidence.class));
            return null;
        })).orElse(null);
        if (evidence == null && !r.has("evidence")) {
            problems.add(r.origin(), what + " has no 'evidence'");
        }
        Modality modality = modality(r, what);
        List<SourceRef> sources = sources(r, what);
        boolean overridable = bool(r, "overridable", true);
        boolean enabled = bool(r, "enabled", evidence == null || !evidence.isProposalOnly());
        if (enabled && evidence != null && evidence.isProposalOnly()) {
            problems.add(r.origin("enabled"), what + " rests on a proposal (evidence " + evidence.key()
                    + "): it is off by default; a region or municipality switches it on with its decision (switch-on)");
        }
        Set<String> messageTypes = new LinkedHashSet<>();
        for (String type : r.strings("message-types")) {
            if (!MESSAGE_TYPE.matcher(type).matches()) {
                problems.add(r.origin("message-types"), "'" + type + "' is not an 8279 message type such as EPIKRISE");
            }
            messageTypes.add(type);
        }
        String actor = r.string("actor").orElse(null);
        if (actor != null && vocabulary.role(actor).isEmpty()) {
            problems.add(r.origin("actor"), "unknown role '" + actor + "' as actor of " + what);
        }
        Map<String, List<Base>> parameters = r.map("parameters").map(p -> ParameterReader.read(p, problems))
                .orElse(new LinkedHashMap<>());
        Map<String, TypeDetails> constants = new LinkedHashMap<>(MessageFacts.types());
        parameters.forEach((name, value) -> constants.put(name, ParameterReader.type(value)));
        int beforeInputs = problems.all().size();
        Map<String, CompiledExpression> inputs = inputs(r, what, constants);
        // a condition over an input that failed would only repeat that problem
        boolean inputsFailed = problems.all().size() > beforeInputs;
        CompiledExpression when = r.has("when") && !inputsFailed
                ? compile(r, "when", r.string("when").orElse(""), constants, what) : null;
        if (!r.has("when")) {
            problems.add(r.origin(), what + " has no 'when' (its condition in FHIRPath)");
        }
        NotCheckable notCheckable = inputsFailed ? null
                : r.map("not-checkable").map(n -> notCheckable(n, constants, what)).orElse(null);
        Outcome outcome = r.map("outcome")
                .map(o -> new OutcomeReader(problems, vocabulary).read(o, inputs.keySet(), parameters)).orElse(null);
        if (!r.has("outcome")) {
            problems.add(r.origin(), what + " has no 'outcome'");
        }
        if (problems.all().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id, title, sources, evidence, modality, overridable, enabled, messageTypes, actor,
                parameters, inputs, when, notCheckable, outcome, r.string("note").orElse(null), r.origin()));
    }

    private Modality modality(YamlMap r, String what) {
        String text = r.required("modality", what);
        if (text == null) {
            return null;
        }
        try {
            return Modality.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(r.origin("modality"), "modality '" + text + "' is not one of MUST, SHOULD, MAY, TARGET");
            return null;
        }
    }

    private List<SourceRef> sources(YamlMap r, String what) {
        List<String> citations = r.strings("source");
        if (citations.isEmpty()) {
            problems.add(r.origin(), what + " has no 'source' (document:lines, or the decision it rests on)");
        }
        String quote = r.string("quote").orElse(null);
        List<SourceRef> sources = new ArrayList<>();
        for (String citation : citations) {
            int colon = citation.lastIndexOf(':');
            boolean hasLines = colon > 0 && citation.substring(colon + 1).matches("[0-9][0-9, -]*");
            sources.add(hasLines ? new SourceRef(citation.substring(0, colon), citation.substring(colon + 1), quote)
                    : new SourceRef(citation, null, quote));
        }
        return sources;
    }

    /** {@code not-checkable: {when: FHIRPath, reason: text}}: when the rule cannot judge a message, and why. */
    private NotCheckable notCheckable(YamlMap n, Map<String, TypeDetails> constants, String what) {
        n.onlyKeys("not-checkable of " + what, Set.of("when", "reason"));
        String reason = n.required("reason", "not-checkable of " + what);
        String condition = n.required("when", "not-checkable of " + what);
        CompiledExpression expression = condition == null ? null
                : compile(n, "when", condition, constants, what + ", not-checkable");
        return expression == null || reason == null ? null : new NotCheckable(expression, reason);
    }

    private Map<String, CompiledExpression> inputs(YamlMap r, String what, Map<String, TypeDetails> constants) {
        Map<String, CompiledExpression> inputs = new LinkedHashMap<>();
        r.map("inputs").ifPresent(map -> map.keys().forEach(name -> {
            if (!INPUT.matcher(name).matches()) {
                problems.add(map.origin(name), "input '" + name + "' must be one word in camelCase (used as %" + name + ")");
                return;
            }
            if (constants.containsKey(name)) {
                problems.add(map.origin(name), "input '" + name + "' hides a built-in constant or parameter of that name");
                return;
            }
            CompiledExpression expression = compile(map, name, map.string(name).orElse(""), constants,
                    what + ", input '" + name + "'");
            if (expression != null) {
                inputs.put(name, expression);
                constants.put(name, expression.type());
            }
        }));
        return inputs;
    }

    private CompiledExpression compile(YamlMap map, String key, String text, Map<String, TypeDetails> constants,
                                       String what) {
        CheckContext context = new CheckContext(constants, ids(vocabulary.roles().stream().map(x -> x.id()).toList()),
                ids(vocabulary.tasks().stream().map(x -> x.id()).toList()));
        try {
            return paths.compile(text, context);
        } catch (ExpressionException e) {
            problems.add(map.origin(key), what + ": " + e.getMessage());
            return null;
        }
    }

    private boolean bool(YamlMap r, String key, boolean otherwise) {
        Optional<String> text = r.string(key);
        if (text.isEmpty()) {
            return otherwise;
        }
        if (!text.get().equals("true") && !text.get().equals("false")) {
            problems.add(r.origin(key), "'" + key + "' is true or false");
            return otherwise;
        }
        return Boolean.parseBoolean(text.get());
    }

    private static Set<String> ids(List<String> ids) {
        return new LinkedHashSet<>(ids);
    }
}
