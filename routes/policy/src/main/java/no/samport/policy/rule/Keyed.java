package no.samport.policy.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum written in rule files by a kebab-case key ({@code agreement}, {@code municipality}, {@code hearing}). */
public interface Keyed {

    String key();

    /** The constant with this key. */
    static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every key, in declaration order, for messages that list what is allowed. */
    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
