package no.samport.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.load.LayerFiles;
import no.samport.policy.load.PolicyLoader;
import no.samport.policy.rule.RuleSet;
import no.samport.policy.rule.Vocabulary;

/**
 * Every loaded version of every layer, and the choice of what is in force: per layer, the adopted version whose
 * effective period covers the day (in Norway); a dry run may pin any version instead, draft or not.
 */
public final class PolicyLibrary {

    /** Effective dates are days on the calendar in Norway. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private final Vocabulary vocabulary;
    private final List<LayerFiles> layers;

    private PolicyLibrary(Vocabulary vocabulary, List<LayerFiles> layers) {
        this.vocabulary = vocabulary;
        this.layers = List.copyOf(layers);
    }

    /**
     * Loads the national default from the class path and the configured layers over it.
     *
     * @param layerLocations files or folders (or {@code classpath:} resources), the region first, then the municipality
     * @throws PolicyLoadException with every problem, each with its file, line and reason
     */
    public static PolicyLibrary load(FhirPaths paths, List<String> layerLocations) {
        PolicyLoader.Loaded loaded = new PolicyLoader(paths).load(layerLocations);
        return new PolicyLibrary(loaded.vocabulary(), loaded.layers());
    }

    public List<LayerFiles> layers() {
        return layers;
    }

    /** The policy in force at an instant. */
    public EffectivePolicy inForce(Instant at) {
        return inForce(at.atZone(ZONE).toLocalDate());
    }

    /** The policy in force on a day. */
    public EffectivePolicy inForce(LocalDate day) {
        return select(day, Map.of(), layers.size());
    }

    /**
     * The policy of a day with some rule sets pinned to a version, using only the first {@code layerCount} layers
     * (1 = the national default alone, to compare a local layer's effect).
     *
     * @param pinned rule-set id -> version, chosen whatever its status and dates
     */
    public EffectivePolicy select(LocalDate day, Map<String, String> pinned, int layerCount) {
        for (String ruleSet : pinned.keySet()) {
            if (layers.stream().noneMatch(l -> l.ruleSet().equals(ruleSet))) {
                throw new IllegalArgumentException("No rule set '" + ruleSet + "' is loaded; loaded: "
                        + layers.stream().map(LayerFiles::ruleSet).toList());
            }
        }
        List<RuleSet> chosen = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (LayerFiles layer : layers.subList(0, Math.min(layerCount, layers.size()))) {
            Optional<RuleSet> version = pinned.containsKey(layer.ruleSet())
                    ? pinnedVersion(layer, pinned.get(layer.ruleSet()))
                    : layer.versions().stream().filter(v -> v.inForceOn(day))
                            .max(Comparator.comparing(RuleSet::effectiveFrom));
            if (version.isPresent()) {
                chosen.add(version.get());
            } else {
                notes.add(layer.ruleSet() + ": no adopted version is in force on " + day + "; layer not applied");
                if (layer == layers.get(0)) {
                    throw new IllegalStateException("No version of the national rule set " + layer.ruleSet()
                            + " is in force on " + day);
                }
            }
        }
        return PolicyComposer.compose(chosen, vocabulary, notes);
    }

    private static Optional<RuleSet> pinnedVersion(LayerFiles layer, String version) {
        Optional<RuleSet> found = layer.versions().stream().filter(v -> v.version().equals(version)).findFirst();
        if (found.isEmpty()) {
            throw new IllegalArgumentException(layer.ruleSet() + " has no version " + version + "; it has "
                    + layer.versions().stream().map(RuleSet::version).toList());
        }
        return found;
    }
}
