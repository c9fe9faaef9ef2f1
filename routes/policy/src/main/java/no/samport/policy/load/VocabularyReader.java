package no.samport.policy.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.samport.policy.rule.Role;
import no.samport.policy.rule.TaskKind;

/** Reads {@code roles:} and {@code tasks:} lists: the national vocabulary file and a layer's own additions. */
final class VocabularyReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> ROLE_KEYS = Set.of("id", "name", "kind", "codes", "source");
    private static final Set<String> TASK_KEYS = Set.of("id", "name", "table");
    private static final Set<String> KINDS = Set.of("person", "unit", "body");

    private final Problems problems;

    VocabularyReader(Problems problems) {
        this.problems = problems;
    }

    List<Role> roles(YamlMap file) {
        List<Role> roles = new ArrayList<>();
        for (YamlMap entry : file.maps("roles")) {
            entry.onlyKeys("a role", ROLE_KEYS);
            String id = id(entry, "a role");
            String kind = entry.string("kind").orElse("person");
            if (!KINDS.contains(kind)) {
                problems.add(entry.origin("kind"), "role kind '" + kind + "' is not one of " + KINDS);
            }
            List<Role.Coded> codes = new ArrayList<>();
            for (String code : entry.strings("codes")) {
                int bar = code.lastIndexOf('|');
                if (bar <= 0 || bar == code.length() - 1) {
                    problems.add(entry.origin("codes"), "a role code is written system|code, e.g. "
                            + "urn:oid:2.16.578.1.12.4.1.1.9034|6; found '" + code + "'");
                } else {
                    codes.add(new Role.Coded(code.substring(0, bar), code.substring(bar + 1)));
                }
            }
            if (id != null) {
                roles.add(new Role(id, entry.required("name", "role " + id), kind, codes,
                        entry.string("source").orElse(null), entry.origin()));
            }
        }
        return roles;
    }

    List<TaskKind> tasks(YamlMap file) {
        List<TaskKind> tasks = new ArrayList<>();
        for (YamlMap entry : file.maps("tasks")) {
            entry.onlyKeys("a task kind", TASK_KEYS);
            String id = id(entry, "a task kind");
            if (id != null) {
                tasks.add(new TaskKind(id, entry.required("name", "task kind " + id),
                        entry.string("table").orElse(null), entry.origin()));
            }
        }
        return tasks;
    }

    private String id(YamlMap entry, String what) {
        String id = entry.required("id", what);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(entry.origin("id"), "'" + id + "' is not a kebab-case id (a-z, 0-9, -)");
            return null;
        }
        return id;
    }
}
