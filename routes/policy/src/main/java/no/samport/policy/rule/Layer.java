package no.samport.policy.rule;

import java.util.Arrays;
import java.util.Optional;

/** Where a rule set sits: national defaults, a health region (or OSO area), a municipality or intermunicipal service. */
public enum Layer {
    NATIONAL("national"),
    REGION("region"),
    MUNICIPALITY("municipality");

    private final String key;

    Layer(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Layer> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
