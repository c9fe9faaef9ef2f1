package no.samport.gateway.cli;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samport.gateway.policy.MessageFiles;
import no.samport.kith.KithCodec;
import no.samport.policy.DecisionJson;
import no.samport.policy.DryRun;
import no.samport.policy.LoadProblem;
import no.samport.policy.PolicyLoadException;
import no.samport.policy.TaskSharingPolicy;
import no.samport.policy.docs.RuleCatalogue;

/**
 * {@code samport policy test|rules|check}: the task-sharing rules without the gateway — what they would do with a
 * message (a dry run: nothing is sent), which rules are in force, whether rule files load.
 */
public final class PolicyCommand implements CliCommand {

    @Override
    public String name() {
        return "policy";
    }

    @Override
    public String summary() {
        return "dry-run the task-sharing rules on a message, list the rules, check rule files";
    }

    @Override
    public String usage() {
        return """
                Usage:
                  java -jar samport.jar policy test FILE [--rules PATH]... [--at DATE] [--version RULE-SET:VERSION]... [--compare] [--json]
                      What the task-sharing rules would do with the message in FILE (KITH XML, or a FHIR message Bundle
                      as JSON or XML). Nothing is sent and nothing is stored. Exit code 1 when the rules reject it.
                  java -jar samport.jar policy rules [--rules PATH]... [--at DATE] [--markdown]
                      The rules in force on DATE (default today), with their sources.
                  java -jar samport.jar policy check [--rules PATH]...
                      Loads the rule files and reports every problem with its file, line and reason (exit code 1).
                Options:
                  --rules PATH    a region's or municipality's rule-set file or folder over the national default
                                  (repeat, from the top down: the region, then the municipality)
                  --at DATE       the day (2026-03-10) or instant (2026-03-10T12:00:00Z) that chooses the versions in force
                  --version R:V   use version V of rule set R, whatever its dates and status (e.g. a draft)
                  --compare       also evaluate with the national rules alone and show what the local rules change
                  --json          the whole decision as JSON""";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        PolicyOptions options;
        try {
            options = PolicyOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            return USAGE;
        }
        TaskSharingPolicy policy;
        try {
            policy = TaskSharingPolicy.load(FhirContext.forR4Cached(), options.layers());
        } catch (PolicyLoadException e) {
            e.problems().stream().map(LoadProblem::toString).forEach(err::println);
            return "check".equals(options.action()) ? FINDINGS : USAGE;
        }
        return switch (options.action()) {
            case "check" -> {
                out.println("The rule files load: " + policy.inForce(options.at()).version().label());
                yield OK;
            }
            case "rules" -> {
                out.print(options.markdown() ? RuleCatalogue.markdown(policy.inForce(options.at()))
                        : DryRunText.rules(policy.inForce(options.at())));
                yield OK;
            }
            default -> test(policy, options, out, err);
        };
    }

    private static int test(TaskSharingPolicy policy, PolicyOptions options, PrintStream out, PrintStream err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(options.file()));
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("Cannot read " + options.file() + ": there is no such file");
            return USAGE;
        } catch (IOException e) {
            err.println("Cannot read " + options.file() + ": " + e.getMessage());
            return USAGE;
        }
        DryRun run;
        try {
            run = policy.dryRun(new MessageFiles(FhirContext.forR4Cached(), new KithCodec()).read(bytes), options.at(),
                    options.pinned(), options.compare());
        } catch (MessageFiles.UnreadableMessageException | IllegalArgumentException e) {
            err.println(options.file() + ": " + e.getMessage());
            return USAGE;
        }
        if (options.json()) {
            out.println(DecisionJson.write(run.decision()));
        } else {
            out.print(DryRunText.of(run));
        }
        return run.decision().rejection().isPresent() ? FINDINGS : OK;
    }
}
