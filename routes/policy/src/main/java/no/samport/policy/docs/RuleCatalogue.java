package no.samport.policy.docs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samport.policy.EffectivePolicy;
import no.samport.policy.EffectiveRule;
import no.samport.policy.PolicyVersion;
import no.samport.policy.rule.Role;
import no.samport.policy.rule.Rule;
import no.samport.policy.rule.SourceRef;
import no.samport.policy.rule.TaskKind;
import no.samport.policy.rule.Vocabulary;
import org.hl7.fhir.r4.model.Base;

/**
 * The page that lists every rule of a policy with its source, written from the rules themselves (Markdown): a table of
 * the rules in force, one of the rules that are off, each rule in full (condition, inputs, parameters, changes by
 * lower layers), then the roles and task kinds. Deterministic, so that a committed page can be checked for staleness.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static String markdown(EffectivePolicy policy) {
        StringBuilder md = new StringBuilder();
        md.append("# Task-sharing rules in force\n\n")
                .append("<!-- Generated from the rule files by no.samport.policy.docs.RuleCatalogue: do not edit. -->\n")
                .append("Generated from the rule files; do not edit this page by hand. Regenerate it with\n")
                .append("`java -jar gateway/target/samport.jar policy rules --markdown > docs/policy/rules.md` ")
                .append("(add `--rules FILE` for a region's or municipality's layers).\n\n");
        md.append("| layer | rule set | version | status | in force from |\n|---|---|---|---|---|\n");
        for (PolicyVersion.LayerVersion layer : policy.version().layers()) {
            md.append("| ").append(layer.layer()).append(" | ").append(layer.ruleSet()).append(" | ")
                    .append(layer.version()).append(" | ").append(layer.status()).append(" | ")
                    .append(layer.effectiveFrom()).append(" |\n");
        }
        List<EffectiveRule> on = policy.rules().stream().filter(EffectiveRule::inForce).toList();
        List<EffectiveRule> off = policy.rules().stream().filter(r -> !r.inForce()).toList();
        md.append("\n## In force (").append(on.size()).append(")\n\n");
        table(md, on);
        md.append("\n## Off (").append(off.size()).append(")\n\n")
                .append("Rules that rest on a proposal only, or that need local values, are off until a region or a ")
                .append("municipality switches them on with its decision.\n\n");
        table(md, off);
        md.append("\n## The rules in full\n");
        policy.rules().forEach(rule -> details(md, rule));
        vocabulary(md, policy.vocabulary());
        return md.toString();
    }

    private static void vocabulary(StringBuilder md, Vocabulary vocabulary) {
        md.append("\n## Roles\n\nA role is recognised in a message by one of its codes, by Samport's role code (`")
                .append(Vocabulary.ROLE_SYSTEM).append("`), or by a HER-id a region or municipality binds to it (`units`).\n\n")
                .append("| role | meaning | kind | codes | source |\n|---|---|---|---|---|\n");
        for (Role role : vocabulary.roles()) {
            md.append("| `").append(role.id()).append("` | ").append(cell(role.name())).append(" | ").append(role.kind())
                    .append(" | ").append(role.codes().stream().map(c -> c.system().substring(c.system().lastIndexOf('.') + 1)
                            + "=" + c.code()).collect(Collectors.joining(", "))).append(" | ")
                    .append(role.source() == null ? "" : cell(role.source())).append(" |\n");
        }
        md.append("\n## Task kinds\n\n`Task.code` in `").append(Vocabulary.TASK_SYSTEM)
                .append("` (Samport design); the row of the task-sharing table each belongs to.\n\n")
                .append("| task kind | meaning | table row |\n|---|---|---|\n");
        for (TaskKind task : vocabulary.tasks()) {
            md.append("| `").append(task.id()).append("` | ").append(cell(task.name())).append(" | ")
                    .append(task.table() == null ? "" : task.table()).append(" |\n");
        }
    }

    private static void table(StringBuilder md, List<EffectiveRule> rules) {
        md.append("| rule | modality | what it says | does | source | evidence |\n|---|---|---|---|---|---|\n");
        for (EffectiveRule effective : rules) {
            Rule r = effective.rule();
            md.append("| [").append(r.id()).append("](#").append(anchor(r.id())).append(") | ").append(r.modality())
                    .append(" | ").append(cell(r.title())).append(" | ").append(r.outcome().kind()).append(" | ")
                    .append(cell(r.citation())).append(" | ").append(r.evidence().key()).append(" |\n");
        }
    }

    private static void details(StringBuilder md, EffectiveRule effective) {
        Rule r = effective.rule();
        md.append("\n### ").append(r.id()).append("\n\n").append(r.title()).append(".\n\n");
        md.append("- **Modality** ").append(r.modality()).append(r.overridable() ? "" : ", not overridable")
                .append(r.enabled() ? "" : " — **off**").append("; **evidence** ").append(r.evidence().key())
                .append("; **rule set** ").append(effective.ruleSet()).append("\n");
        for (SourceRef source : r.sources()) {
            md.append("- **Source** `").append(source.citation()).append("`")
                    .append(source.quote() == null ? "" : ": «" + source.quote() + "»").append("\n");
        }
        md.append("- **Applies to** ").append(r.messageTypes().isEmpty() ? "every business message"
                : String.join(", ", r.messageTypes())).append(r.actor() == null ? "" : "; **actor** " + r.actor()).append("\n");
        if (!r.parameters().isEmpty()) {
            md.append("- **Parameters** ").append(r.parameters().entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` = " + values(e.getValue())).collect(Collectors.joining("; "))).append("\n");
        }
        for (Map.Entry<String, ?> input : r.inputs().entrySet()) {
            md.append("- **Input** `").append(input.getKey()).append("` = `").append(cell(input.getValue().toString()))
                    .append("`\n");
        }
        md.append("- **When** `").append(cell(r.when().text())).append("`\n");
        if (r.notCheckable() != null) {
            md.append("- **Not checkable** when `").append(cell(r.notCheckable().when().text())).append("`: ")
                    .append(r.notCheckable().reason()).append("\n");
        }
        md.append("- **Then** ").append(r.outcome().describe()).append("\n");
        effective.changes().forEach(change -> md.append("- **Changed by** ").append(change).append("\n"));
        if (r.note() != null) {
            md.append("\n").append(r.note()).append("\n");
        }
    }

    private static String values(List<Base> values) {
        return values.stream().map(v -> v.isPrimitive() ? v.primitiveValue() : quantity(v)).collect(Collectors.joining(", "));
    }

    private static String quantity(Base value) {
        return value instanceof org.hl7.fhir.r4.model.Quantity q ? q.getValue().toPlainString() + " " + q.getUnit()
                : value.fhirType();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String anchor(String id) {
        return id.toLowerCase().replace(".", "");
    }
}
