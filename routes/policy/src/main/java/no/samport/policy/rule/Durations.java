package no.samport.policy.rule;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as rule files write them: {@code 14 days}, {@code 48 hours}, {@code 2 weeks}, or ISO-8601 {@code P5D}. */
public final class Durations {

    private static final Pattern WORDS = Pattern.compile("(\\d+)\\s*(second|seconds|minute|minutes|hour|hours|day|days|week|weeks)");

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = WORDS.matcher(text.trim());
        if (m.matches()) {
            return Optional.of(of(Long.parseLong(m.group(1)), m.group(2)));
        }
        try {
            return Optional.of(Duration.parse(text.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A duration from a number and a FHIRPath / UCUM time unit ({@code days}, {@code d}, {@code h} ...). */
    public static Duration of(long amount, String unit) {
        return switch (unit) {
            case "second", "seconds", "s" -> Duration.ofSeconds(amount);
            case "minute", "minutes", "min" -> Duration.ofMinutes(amount);
            case "hour", "hours", "h" -> Duration.ofHours(amount);
            case "day", "days", "d" -> Duration.ofDays(amount);
            case "week", "weeks", "wk" -> Duration.ofDays(7 * amount);
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }

    /** Readable text: "14 days", "48 hours". */
    public static String text(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return duration.toHours() + (duration.toHours() == 1 ? " hour" : " hours");
        }
        if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return duration.toMinutes() + " minutes";
        }
        return duration.toSeconds() + " seconds";
    }
}
