package no.samport.gateway.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samport.policy.Decision;
import no.samport.policy.DryRun;
import no.samport.policy.EffectivePolicy;
import no.samport.policy.EffectiveRule;
import no.samport.policy.RuleResult;
import no.samport.policy.rule.Rule;

/** A dry run and a rule list as text for a terminal: the verdict first, then the path, each rule's inputs and source. */
final class DryRunText {

    private DryRunText() {
    }

    static String of(DryRun run) {
        Decision d = run.decision();
        StringBuilder text = new StringBuilder();
        text.append("Rule sets   ").append(d.version().label()).append(" (at ").append(d.evaluatedAt()).append(")\n");
        text.append("Message     ").append(d.messageType()).append("\n");
        text.append("Outcome     ").append(verdict(d)).append("\n\n");
        List<RuleResult> fired = d.fired();
        text.append(fired.isEmpty() ? "No rule fired.\n" : "Rules that fired (the decision's path):\n");
        for (int i = 0; i < fired.size(); i++) {
            RuleResult r = fired.get(i);
            text.append(String.format("  %d. %-12s %-6s %s%n", i + 1, r.ruleId(), r.modality(), r.effect().describe()));
            text.append("       source  ").append(r.source()).append("  (").append(r.ruleSet()).append(")\n");
            text.append("       inputs  ").append(inputs(r.inputs())).append("\n");
        }
        List<String> silent = d.rules().stream().filter(r -> !r.fired() && r.note() == null).map(RuleResult::ruleId).toList();
        if (!silent.isEmpty()) {
            text.append("\nEvaluated, did not fire: ").append(String.join(", ", silent)).append("\n");
        }
        d.rules().stream().filter(r -> r.note() != null && !r.fired())
                .forEach(r -> text.append("Not judged: ").append(r.ruleId()).append(": ").append(r.note()).append("\n"));
        if (run.nationalOnly() != null) {
            text.append("\nCompared with the national rules alone (").append(run.nationalOnly().version().label()).append("):\n");
            text.append(run.differences().isEmpty() ? "  the local rules change nothing for this message\n"
                    : run.differences().stream().map(line -> "  - " + line + "\n").collect(Collectors.joining()));
        }
        return text.append("\nNothing was sent.\n").toString();
    }

    static String rules(EffectivePolicy policy) {
        StringBuilder text = new StringBuilder("Rule sets ").append(policy.version().label()).append("\n");
        policy.notes().forEach(note -> text.append("  note: ").append(note).append("\n"));
        for (boolean on : List.of(true, false)) {
            List<EffectiveRule> rules = policy.rules().stream().filter(r -> r.inForce() == on).toList();
            text.append(on ? "\nIn force (" : "\nOff (").append(rules.size()).append("):\n");
            for (EffectiveRule effective : rules) {
                Rule r = effective.rule();
                text.append(String.format("  %-18s %-6s %-8s %s%n", r.id(), r.modality(), r.outcome().kind(), r.title()));
                text.append(String.format("  %-18s source %s%n", "", r.citation()));
                effective.changes().forEach(c -> text.append(String.format("  %-18s changed: %s%n", "", c)));
            }
        }
        return text.toString();
    }

    private static String verdict(Decision d) {
        if (d.rejection().isPresent()) {
            return "REJECT by " + d.rejection().get().ruleId() + ": " + d.rejection().get().effect().describe();
        }
        if (d.reroute().isPresent()) {
            return "deliver, RE-ROUTED by " + d.reroute().get().ruleId() + ": " + d.reroute().get().effect().describe();
        }
        return "deliver to the receiver as addressed" + (d.findings().isEmpty() ? ""
                : " (" + d.findings().size() + " finding(s) for the sender, counted for reports)");
    }

    private static String inputs(Map<String, List<String>> inputs) {
        return inputs.isEmpty() ? "(none)" : inputs.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("  "));
    }
}
