package no.samport.policy.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.rule.Approval;
import no.samport.policy.rule.Keyed;
import no.samport.policy.rule.Layer;
import no.samport.policy.rule.Role;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.RuleChange;
import no.samport.policy.rule.RuleSet;
import no.samport.policy.rule.RuleSetStatus;
import no.samport.policy.rule.TaskKind;
import no.samport.policy.rule.Vocabulary;

/** Reads one rule-set file: its header, vocabulary additions, units, changes to rules above it, and its own rules. */
final class RuleSetReader {

    private static final Set<String> KEYS = Set.of("rule-set", "version", "title", "layer", "status",
            "effective-from", "effective-to", "extends", "decision", "roles", "tasks", "units", "switch-off",
            "switch-on", "override", "rules");

    private final Problems problems;
    private final FhirPaths paths;

    RuleSetReader(Problems problems, FhirPaths paths) {
        this.problems = problems;
        this.paths = paths;
    }

    /** The rule set in {@code file}, read with the vocabulary of the layers above it; empty when it has problems. */
    Optional<RuleSet> read(YamlMap file, String name, Vocabulary above) {
        int before = problems.all().size();
        file.onlyKeys("a rule-set file", KEYS);
        String id = file.required("rule-set", "the file");
        String version = file.required("version", "the file");
        Layer layer = file.string("layer").map(l -> Keyed.fromKey(Layer.class, l).orElseGet(() -> {
            problems.add(file.origin("layer"), "layer '" + l + "' is not one of " + Keyed.keys(Layer.class));
            return null;
        })).orElse(null);
        if (!file.has("layer")) {
            problems.add(file.origin(), "the file has no 'layer' (national, region or municipality)");
        }
        RuleSetStatus status = file.string("status").map(s -> Keyed.fromKey(RuleSetStatus.class, s).orElseGet(() -> {
            problems.add(file.origin("status"), "status '" + s + "' is not one of " + Keyed.keys(RuleSetStatus.class));
            return null;
        })).orElse(RuleSetStatus.ADOPTED);
        LocalDate from = date(file, "effective-from");
        if (!file.has("effective-from")) {
            problems.add(file.origin(), "the file has no 'effective-from' (the first day the rules are in force)");
        }
        LocalDate to = file.has("effective-to") ? date(file, "effective-to") : null;
        if (from != null && to != null && !to.isAfter(from)) {
            problems.add(file.origin("effective-to"), "effective-to must be after effective-from");
        }
        String extendsId = file.string("extends").orElse(null);
        if (layer == Layer.NATIONAL && extendsId != null) {
            problems.add(file.origin("extends"), "the national layer extends nothing");
        }
        if (layer != null && layer != Layer.NATIONAL && extendsId == null) {
            problems.add(file.origin(), "a " + layer.key() + " layer names the rule set it builds on ('extends')");
        }
        VocabularyReader vocabularyReader = new VocabularyReader(problems);
        List<Role> roles = vocabularyReader.roles(file);
        List<TaskKind> tasks = vocabularyReader.tasks(file);
        Vocabulary vocabulary = above.plus(roles, tasks);
        Map<String, List<String>> units = units(file, vocabulary);
        List<RuleChange> changes = new ChangeReader(problems, vocabulary).read(file, layer);
        RuleReader ruleReader = new RuleReader(problems, paths, vocabulary);
        List<Rule> rules = new ArrayList<>();
        file.maps("rules").forEach(r -> ruleReader.read(r).ifPresent(rules::add));
        Approval decision = file.map("decision").map(d -> ChangeReader.approval(d, problems)).orElse(null);
        if (problems.all().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RuleSet(id, version, file.string("title").orElse(id), layer, status, from, to,
                extendsId, decision, roles, tasks, units, changes, rules, name));
    }

    private Map<String, List<String>> units(YamlMap file, Vocabulary vocabulary) {
        Map<String, List<String>> units = new LinkedHashMap<>();
        file.map("units").ifPresent(map -> map.keys().forEach(role -> {
            if (vocabulary.role(role).isEmpty()) {
                problems.add(map.origin(role), "unknown role '" + role + "' in units; add it under 'roles' first");
                return;
            }
            List<String> herIds = map.strings(role);
            herIds.stream().filter(h -> !h.matches("\\d{1,9}")).forEach(h ->
                    problems.add(map.origin(role), "'" + h + "' is not a HER-id (digits only)"));
            units.put(role, herIds);
        }));
        return units;
    }

    private LocalDate date(YamlMap file, String key) {
        String text = file.string(key).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(file.origin(key), key + " '" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }
}
