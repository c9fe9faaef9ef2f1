package no.samport.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule-set versions a decision was made with, from the national layer down: recorded with every decision.
 *
 * @param layers one entry per layer in force
 */
public record PolicyVersion(List<LayerVersion> layers) {

    /** One layer's rule set and version. */
    public record LayerVersion(String ruleSet, String version, String layer, LocalDate effectiveFrom, String status) {
    }

    /** "samport-default 2025.1 > nidvik-kommune 2026.1". */
    public String label() {
        return layers.stream().map(l -> l.ruleSet() + " " + l.version()).collect(Collectors.joining(" > "));
    }

    @Override
    public String toString() {
        return label();
    }
}
