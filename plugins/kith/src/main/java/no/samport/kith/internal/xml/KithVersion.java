package no.samport.kith.internal.xml;

import java.util.Arrays;
import java.util.Optional;

/** One version of a KITH message standard: its namespace and Samport's format id for it. */
public interface KithVersion {

    String namespace();

    String format();

    /** The version whose namespace is {@code namespace}, if Samport reads it. */
    static <V extends Enum<V> & KithVersion> Optional<V> byNamespace(Class<V> versions, String namespace) {
        return Arrays.stream(versions.getEnumConstants()).filter(v -> v.namespace().equals(namespace)).findFirst();
    }
}
