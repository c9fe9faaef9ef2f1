package no.samport.plugin.api.ident;

/**
 * A HER-id: the identifier of a communication party in Adresseregisteret (organisation, department, service or
 * person). Samport applies no check-digit rule to HER-ids; it only requires digits.
 */
public record HerId(String value) implements Comparable<HerId> {

    public HerId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A HER-id must not be empty");
        }
        value = value.strip();
        if (!value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("A HER-id has digits only, got '" + value + "'");
        }
    }

    public static HerId of(String value) {
        return new HerId(value);
    }

    /** Whether the text (after trimming) is a usable HER-id. */
    public static boolean isValid(String value) {
        return value != null && !value.isBlank() && value.strip().chars().allMatch(Character::isDigit);
    }

    @Override
    public int compareTo(HerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
