package no.samport.plugin.api.ident;

import java.util.Optional;

/**
 * A Norwegian national identity number: fødselsnummer, D-nummer or H-nummer (11 digits, mod-11 check digits).
 * The value is health data: {@link #toString()} never prints it.
 */
public final class Fodselsnummer {

    /** The kind of national identity number. */
    public enum Kind { FNR, DNR, HNR }

    private static final int[] WEIGHTS_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String value;
    private final Kind kind;

    private Fodselsnummer(String value, Kind kind) {
        this.value = value;
        this.kind = kind;
    }

    /** Parses and checks a number; empty when it is not 11 digits or its check digits are wrong. */
    public static Optional<Fodselsnummer> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip();
        if (!hasValidCheckDigits(digits)) {
            return Optional.empty();
        }
        return Optional.of(new Fodselsnummer(digits, kindOf(digits)));
    }

    /** Whether the text is 11 digits whose two mod-11 check digits are right. */
    public static boolean hasValidCheckDigits(String digits) {
        if (digits == null || digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int k1 = checkDigit(digits, WEIGHTS_K1);
        int k2 = checkDigit(digits, WEIGHTS_K2);
        return k1 >= 0 && k2 >= 0 && k1 == digit(digits, 9) && k2 == digit(digits, 10);
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(digits, i);
        }
        int k = 11 - (sum % 11);
        if (k == 11) {
            return 0;
        }
        return k == 10 ? -1 : k;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static Kind kindOf(String digits) {
        if (digit(digits, 0) >= 4) {
            return Kind.DNR;
        }
        int month = digit(digits, 2) * 10 + digit(digits, 3);
        return month > 40 && month <= 52 ? Kind.HNR : Kind.FNR;
    }

    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fodselsnummer that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return kind + "(***********)";
    }
}
