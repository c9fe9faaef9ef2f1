package no.samport.policy.rule;

import java.util.List;

/**
 * A role from the vocabulary of TASK-SHARING.md §2: a profession, a function or a municipal unit that can be given a
 * task, receive a message or a finding.
 *
 * @param id     kebab-case id, e.g. {@code fastlege}, {@code hjemmetjeneste}
 * @param name   what it means, in Norwegian
 * @param kind   {@code person}, {@code unit} or {@code body} (governance bodies that receive reports)
 * @param codes  codings that identify the role in a message, as {@code system|code} (9034, 9060, 7750 ...)
 * @param source where the role is described
 */
public record Role(String id, String name, String kind, List<Coded> codes, String source, Origin origin) {

    /** A code that marks the role in a message: a KITH code list value or Samport's own role code. */
    public record Coded(String system, String code) {
    }
}
