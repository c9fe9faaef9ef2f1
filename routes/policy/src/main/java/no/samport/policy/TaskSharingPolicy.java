package no.samport.policy;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samport.policy.fhirpath.FhirPaths;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The task-sharing policy of one installation: the national default rules and the configured region and municipality
 * layers, ready to decide on messages and to answer dry runs. Thread-safe; load once.
 */
public final class TaskSharingPolicy {

    private final PolicyLibrary library;
    private final PolicyEngine engine;

    private TaskSharingPolicy(PolicyLibrary library, PolicyEngine engine) {
        this.library = library;
        this.engine = engine;
    }

    /**
     * Loads the rules.
     *
     * @param layers rule-set files or folders over the national default: the region first, then the municipality
     * @throws PolicyLoadException listing every problem with file, line and reason
     */
    public static TaskSharingPolicy load(FhirContext fhir, List<String> layers) {
        return load(FhirPaths.create(fhir), layers);
    }

    /** Loads the rules with a FHIRPath set-up already made (it takes seconds: share it). */
    public static TaskSharingPolicy load(FhirPaths paths, List<String> layers) {
        return new TaskSharingPolicy(PolicyLibrary.load(paths, layers), new PolicyEngine(paths));
    }

    public PolicyLibrary library() {
        return library;
    }

    /** The policy in force at an instant. */
    public EffectivePolicy inForce(Instant at) {
        return library.inForce(at);
    }

    /** The decision on a message with the rules in force at {@code at}. */
    public Decision decide(Bundle message, Instant at) {
        return engine.evaluate(message, library.inForce(at), at);
    }

    /**
     * A dry run: the decision with the rules in force at {@code at} (or pinned versions), and, when asked, the
     * decision with the national rules alone and the differences.
     *
     * @param pinned  rule-set id -> version to use instead of the one in force (any status)
     * @param compare whether to compare with the national rules alone
     */
    public DryRun dryRun(Bundle message, Instant at, Map<String, String> pinned, boolean compare) {
        var day = at.atZone(PolicyLibrary.ZONE).toLocalDate();
        Decision decision = engine.evaluate(message, library.select(day, pinned, library.layers().size()), at);
        if (!compare) {
            return new DryRun(decision, null, List.of());
        }
        Decision national = engine.evaluate(message, library.select(day, pinned, 1), at);
        return new DryRun(decision, national, DecisionDiff.between(national, decision));
    }
}
