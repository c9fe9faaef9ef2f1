package no.samport.gateway.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samport.policy.PolicyLibrary;

/** The arguments a dry run takes, from the API and the command line: when, and which rule-set versions to pin. */
public final class DryRunArguments {

    private DryRunArguments() {
    }

    /** A day (noon in Norway) or an instant; blank means now. */
    public static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return Instant.now();
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atTime(12, 0).atZone(PolicyLibrary.ZONE).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (2026-03-10) or an instant (2026-03-10T12:00:00Z)");
        }
    }

    /** {@code rule-set:version} pairs as a map. */
    public static Map<String, String> pinned(List<String> versions) {
        Map<String, String> pinned = new LinkedHashMap<>();
        for (String text : versions) {
            int colon = text.indexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException("a version is RULE-SET:VERSION, e.g. nidvik-kommune:2026.1, not '"
                        + text + "'");
            }
            pinned.put(text.substring(0, colon), text.substring(colon + 1));
        }
        return pinned;
    }
}
