package no.samport.policy.rule;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The roles and task kinds rules may name. A region or municipality may add its own (local units, local tasks). */
public final class Vocabulary {

    /** Samport's code system for roles: {@code Task.performerType}, {@code PractitionerRole.code}. */
    public static final String ROLE_SYSTEM = "https://samport.no/fhir/CodeSystem/task-sharing-role";
    /** Samport's code system for task kinds: {@code Task.code}. */
    public static final String TASK_SYSTEM = "https://samport.no/fhir/CodeSystem/task-sharing-task";

    private final Map<String, Role> roles;
    private final Map<String, TaskKind> tasks;

    public Vocabulary(Collection<Role> roles, Collection<TaskKind> tasks) {
        this.roles = new LinkedHashMap<>();
        roles.forEach(r -> this.roles.put(r.id(), r));
        this.tasks = new LinkedHashMap<>();
        tasks.forEach(t -> this.tasks.put(t.id(), t));
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Optional<TaskKind> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    public Collection<Role> roles() {
        return roles.values();
    }

    public Collection<TaskKind> tasks() {
        return tasks.values();
    }

    /** This vocabulary with a layer's own additions; an addition never replaces an existing entry. */
    public Vocabulary plus(Collection<Role> moreRoles, Collection<TaskKind> moreTasks) {
        Vocabulary merged = new Vocabulary(roles.values(), tasks.values());
        moreRoles.forEach(r -> merged.roles.putIfAbsent(r.id(), r));
        moreTasks.forEach(t -> merged.tasks.putIfAbsent(t.id(), t));
        return merged;
    }
}
