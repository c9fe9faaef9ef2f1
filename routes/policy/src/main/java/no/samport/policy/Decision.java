package no.samport.policy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the task-sharing rules say about one message: the rule-set versions used, and for every rule in force that
 * looks at this message type, whether it fired, the inputs it read and its effect. The rules that fired, in order,
 * are the decision's path.
 *
 * @param version     the rule-set versions, national first
 * @param evaluatedAt when the rules were applied
 * @param messageType the message's 8279 type
 * @param rules       every rule evaluated, in order
 */
public record Decision(PolicyVersion version, Instant evaluatedAt, String messageType, List<RuleResult> rules) {

    /** The ids of the rules that fired, in order. */
    @JsonIgnore
    public List<String> path() {
        return fired().stream().map(RuleResult::ruleId).toList();
    }

    @JsonIgnore
    public List<RuleResult> fired() {
        return rules.stream().filter(RuleResult::fired).toList();
    }

    /** The first rule whose outcome rejects the message: only an explicit reject stops a message. */
    @JsonIgnore
    public Optional<RuleResult> rejection() {
        return firstWith(Effect.Rejected.class);
    }

    /** The rule whose re-routing applies: the first that fired with a target. */
    @JsonIgnore
    public Optional<RuleResult> reroute() {
        return firstWith(Effect.Rerouted.class);
    }

    @JsonIgnore
    public List<RuleResult> findings() {
        return with(Effect.Finding.class);
    }

    @JsonIgnore
    public List<RuleResult> tasks() {
        return with(Effect.TaskRequested.class);
    }

    @JsonIgnore
    public List<RuleResult> deadlines() {
        return with(Effect.DeadlineSet.class);
    }

    /** The result of a rule, if it was evaluated. */
    public Optional<RuleResult> result(String ruleId) {
        return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /** One line for the status history: versions, verdict and the rules that fired. */
    public String summary() {
        String verdict = rejection().map(r -> "reject by " + r.ruleId())
                .or(() -> reroute().map(r -> "re-route by " + r.ruleId() + " to HER-id "
                        + ((Effect.Rerouted) r.effect()).herId()))
                .orElse("deliver");
        String fired = fired().isEmpty() ? "no rule fired"
                : fired().stream().map(r -> r.ruleId() + " (" + r.effect().label() + ")")
                        .collect(Collectors.joining(", "));
        return "task-sharing rules " + version.label() + ": " + verdict + "; " + rules.size() + " rule(s) evaluated, "
                + fired;
    }

    private Optional<RuleResult> firstWith(Class<? extends Effect> type) {
        return rules.stream().filter(r -> r.fired() && type.isInstance(r.effect())).findFirst();
    }

    private List<RuleResult> with(Class<? extends Effect> type) {
        return rules.stream().filter(r -> r.fired() && type.isInstance(r.effect())).toList();
    }
}
