package no.samport.policy.load;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.policy.rule.Durations;
import no.samport.policy.rule.Keyed;
import no.samport.policy.rule.Outcome;
import no.samport.policy.rule.Quantities;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;

/**
 * Reads a rule's {@code outcome:}: exactly one of {@code allow}, {@code route}, {@code flag}, {@code reject},
 * {@code task}, {@code deadline}. Roles and task kinds must be in the vocabulary, inputs and parameters named must exist.
 */
final class OutcomeReader {

    static final Set<String> KINDS = Set.of("allow", "route", "flag", "reject", "task", "deadline");

    private final Problems problems;
    private final Vocabulary vocabulary;

    OutcomeReader(Problems problems, Vocabulary vocabulary) {
        this.problems = problems;
        this.vocabulary = vocabulary;
    }

    /** The outcome, or null with the problem recorded; {@code inputs} null leaves input names to be checked later. */
    Outcome read(YamlMap outcome, Set<String> inputs, Map<String, List<Base>> parameters) {
        outcome.onlyKeys("an outcome", KINDS);
        if (outcome.keys().size() != 1) {
            problems.add(outcome.origin(), "an outcome has exactly one of " + new java.util.TreeSet<>(KINDS)
                    + "; found " + outcome.keys());
            return null;
        }
        String kind = outcome.keys().iterator().next();
        Optional<YamlMap> body = outcome.map(kind);
        if (body.isEmpty()) {
            return null;
        }
        YamlMap b = body.get();
        return switch (kind) {
            case "allow" -> allow(b);
            case "route" -> route(b, inputs);
            case "flag" -> flag(b);
            case "reject" -> reject(b);
            case "task" -> task(b);
            case "deadline" -> deadline(b, inputs, parameters);
            default -> null;
        };
    }

    private Outcome allow(YamlMap b) {
        b.onlyKeys("allow", Set.of("role", "note"));
        String role = role(b, "role", "allow");
        return role == null ? null : new Outcome.Allow(role, b.string("note").orElse(null));
    }

    private Outcome route(YamlMap b, Set<String> inputs) {
        b.onlyKeys("route", Set.of("role", "her-id", "her-id-from"));
        long given = Set.of("role", "her-id", "her-id-from").stream().filter(b::has).count();
        if (given != 1) {
            problems.add(b.origin(), "route names exactly one of role, her-id, her-id-from");
            return null;
        }
        if (b.has("role")) {
            String role = role(b, "role", "route");
            return role == null ? null : new Outcome.Route(role, null, null);
        }
        if (b.has("her-id")) {
            String herId = b.string("her-id").orElse("");
            if (!herId.matches("\\d{1,9}")) {
                problems.add(b.origin("her-id"), "her-id '" + herId + "' is not a HER-id (digits only)");
                return null;
            }
            return new Outcome.Route(null, herId, null);
        }
        String input = b.string("her-id-from").orElse("");
        if (inputs != null && !inputs.contains(input)) {
            problems.add(b.origin("her-id-from"), "her-id-from names input '" + input + "', which the rule does not have; "
                    + "inputs: " + inputs);
            return null;
        }
        return new Outcome.Route(null, null, input);
    }

    private Outcome flag(YamlMap b) {
        b.onlyKeys("flag", Set.of("finding", "report-to"));
        String finding = b.required("finding", "flag");
        List<String> reportTo = b.strings("report-to");
        for (String role : reportTo) {
            if (vocabulary.role(role).isEmpty()) {
                problems.add(b.origin("report-to"), "unknown role '" + role + "' in report-to");
            }
        }
        return finding == null ? null : new Outcome.Flag(finding, reportTo);
    }

    private Outcome reject(YamlMap b) {
        b.onlyKeys("reject", Set.of("code", "reason"));
        String code = b.string("code").orElse(AppRecError.X99.code());
        if (AppRecError.fromCode(code).isEmpty()) {
            problems.add(b.origin("code"), "'" + code + "' is not an 8221 AppRec error code (e.g. X99, E21)");
            return null;
        }
        String reason = b.required("reason", "reject");
        return reason == null ? null : new Outcome.Reject(code, reason);
    }

    private Outcome task(YamlMap b) {
        b.onlyKeys("task", Set.of("task", "role", "owner", "description", "due-after"));
        String task = b.required("task", "task");
        if (task != null && vocabulary.task(task).isEmpty()) {
            problems.add(b.origin("task"), "unknown task kind '" + task + "'; known: "
                    + vocabulary.tasks().stream().map(t -> t.id()).toList());
            return null;
        }
        String role = role(b, "role", "task");
        String owner = b.string("owner").orElse("none");
        if (!Set.of("receiver", "none").contains(owner)) {
            problems.add(b.origin("owner"), "owner is 'receiver' (the message's receiver owns the Task) or 'none'");
        }
        Duration due = null;
        if (b.has("due-after")) {
            due = Durations.parse(b.string("due-after").orElse("")).orElse(null);
            if (due == null) {
                problems.add(b.origin("due-after"), "due-after is a duration such as '14 days' or 'P14D'");
            }
        }
        return task == null || role == null ? null
                : new Outcome.CreateTask(task, role, "receiver".equals(owner), b.string("description").orElse(null), due);
    }

    private Outcome deadline(YamlMap b, Set<String> inputs, Map<String, List<Base>> parameters) {
        b.onlyKeys("deadline", Set.of("obligation", "end-of-day", "zone", "within", "met-by"));
        String obligation = b.required("obligation", "deadline");
        Outcome.MetBy metBy = metBy(b);
        Outcome.Due due = due(b, inputs, parameters);
        return obligation == null || metBy == null || due == null ? null
                : new Outcome.SetDeadline(obligation, due, metBy);
    }

    private Outcome.MetBy metBy(YamlMap b) {
        String key = b.string("met-by").orElse("delivered");
        return Keyed.fromKey(Outcome.MetBy.class, key).orElseGet(() -> {
            problems.add(b.origin("met-by"), "met-by is one of " + Keyed.keys(Outcome.MetBy.class) + "; found '" + key + "'");
            return null;
        });
    }

    private Outcome.Due due(YamlMap b, Set<String> inputs, Map<String, List<Base>> parameters) {
        if (b.has("end-of-day") == b.has("within")) {
            problems.add(b.origin(), "a deadline has either end-of-day (an input holding a date) or within (a duration)");
            return null;
        }
        if (b.has("end-of-day")) {
            String input = b.string("end-of-day").orElse("");
            if (inputs != null && !inputs.contains(input)) {
                problems.add(b.origin("end-of-day"), "end-of-day names input '" + input
                        + "', which the rule does not have; inputs: " + inputs);
                return null;
            }
            try {
                return new Outcome.EndOfDay(input, ZoneId.of(b.string("zone").orElse("Europe/Oslo")));
            } catch (DateTimeException e) {
                problems.add(b.origin("zone"), "unknown time zone: " + e.getMessage());
                return null;
            }
        }
        String within = b.string("within").orElse("");
        if (within.startsWith("%")) {
            String name = within.substring(1);
            Duration duration = parameters.containsKey(name) ? Quantities.duration(parameters.get(name)) : null;
            if (duration == null) {
                problems.add(b.origin("within"), "within names %" + name + ", which is not a duration parameter of the rule");
                return null;
            }
            return new Outcome.After(duration, name);
        }
        Optional<Duration> duration = Durations.parse(within);
        if (duration.isEmpty()) {
            problems.add(b.origin("within"), "within is a duration such as '5 days', or %parameter");
            return null;
        }
        return new Outcome.After(duration.get(), null);
    }

    private String role(YamlMap b, String key, String what) {
        String role = b.required(key, what);
        if (role != null && vocabulary.role(role).isEmpty()) {
            problems.add(b.origin(key), "unknown role '" + role + "' in " + what + "; known roles: "
                    + vocabulary.roles().stream().map(r -> r.id()).toList());
            return null;
        }
        return role;
    }
}
