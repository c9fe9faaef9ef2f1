package no.samport.policy.rule;

/**
 * A kind of task that rules create or look for in messages ({@code Task.code} in Samport's task code system): e.g.
 * {@code lib-samstemming} (reconcile the medication list), {@code sykmelding} (write a sick note).
 *
 * @param id      kebab-case code
 * @param name    what the task is, in Norwegian
 * @param table   the row of the task-sharing table it belongs to (T01 ...), or null
 * @param origin  where it is defined
 */
public record TaskKind(String id, String name, String table, Origin origin) {
}
