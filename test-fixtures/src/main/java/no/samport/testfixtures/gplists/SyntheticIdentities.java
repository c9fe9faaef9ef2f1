package no.samport.testfixtures.gplists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic Norwegian identifiers with valid check digits. Fødselsnumre use the synthetic-identity convention of month
 * + 80 (STANDARDS.md §10, marked unverified there), so no generated number is a real person's; organisation numbers
 * have a valid mod-11 check digit; HER-ids and HPR numbers are fictional 7- and 8-digit numbers.
 */
public final class SyntheticIdentities {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    private static final int[] ORG = {3, 2, 7, 6, 5, 4, 3, 2};

    private final Random random;
    private final Set<String> issued = new HashSet<>();

    public SyntheticIdentities(Random random) {
        this.random = random;
    }

    /** A new synthetic fødselsnummer for a person born on that day; never the same number twice. */
    public String fodselsnummer(LocalDate birth, boolean male) {
        while (true) {
            int individual = random.nextInt(500) * 2 + (male ? 1 : 0);
            String base = two(birth.getDayOfMonth()) + (birth.getMonthValue() + 80) + two(birth.getYear() % 100)
                    + (char) ('0' + individual / 100) + two(individual % 100);
            int k1 = check(base, K1);
            if (k1 < 0) {
                continue;
            }
            int k2 = check(base + k1, K2);
            if (k2 < 0) {
                continue;
            }
            String number = base + k1 + k2;
            if (issued.add(number)) {
                return number;
            }
        }
    }

    /** A 9-digit organisation number with a valid check digit, one of its own for each serial number (< 1 000 000). */
    public static String organisationNumber(int serial) {
        for (int candidate = serial * 10; ; candidate++) {
            String base = String.format("9%07d", candidate % 10_000_000);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += ORG[i] * (base.charAt(i) - '0');
            }
            int k = 11 - sum % 11;
            if (k == 11) {
                return base + "0";
            }
            if (k != 10) {
                return base + k;
            }
        }
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k == 10 ? -1 : k;
    }
}
