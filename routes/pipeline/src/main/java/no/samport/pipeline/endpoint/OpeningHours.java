package no.samport.pipeline.endpoint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an office is open, e.g. {@code "Mon-Fri 08:00-15:30"} or {@code "Mon-Thu 08:00-15:30; Fri 08:00-14:00"},
 * in local time of a zone (Europe/Oslo for every endpoint), closed on the configured dates (public holidays and the
 * like: Samport keeps no holiday calendar of its own). An opening time that falls in the spring DST gap moves forward
 * by the gap (02:30 opens at 03:30 summer time); in the autumn overlap the earlier of the two instants counts.
 */
public final class OpeningHours {

    /** The zone an endpoint's opening hours are read in. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final Pattern RULE = Pattern.compile(
            "(?i)(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final Map<DayOfWeek, List<Window>> windows;
    private final Set<LocalDate> closedDates;
    private final ZoneId zone;
    private final String text;

    private OpeningHours(Map<DayOfWeek, List<Window>> windows, Collection<LocalDate> closedDates, ZoneId zone,
                         String text) {
        this.windows = windows;
        this.closedDates = new TreeSet<>(closedDates);
        this.zone = zone;
        this.text = text;
    }

    /**
     * Reads opening hours: rules separated by ';' or ',', each "Day[-Day] HH:mm-HH:mm", days in English
     * three-letter form.
     *
     * @throws IllegalArgumentException saying what is wrong and what a valid value looks like
     */
    public static OpeningHours parse(String text, Collection<LocalDate> closedDates, ZoneId zone) {
        Map<DayOfWeek, List<Window>> windows = new EnumMap<>(DayOfWeek.class);
        for (String rule : text.split("[;,]")) {
            Matcher m = RULE.matcher(rule.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + rule.strip() + "' is not a rule like 'Mon-Fri 08:00-15:30'");
            }
            int first = DAYS.indexOf(m.group(1).toLowerCase());
            int last = m.group(2) == null ? first : DAYS.indexOf(m.group(2).toLowerCase());
            if (last < first) {
                throw new IllegalArgumentException("'" + rule.strip() + "': the days run backwards; write Mon-Fri");
            }
            Window window = new Window(time(m.group(3), rule), time(m.group(4), rule));
            if (!window.close().isAfter(window.open())) {
                throw new IllegalArgumentException("'" + rule.strip() + "': the office must close after it opens");
            }
            for (int day = first; day <= last; day++) {
                windows.computeIfAbsent(DayOfWeek.of(day + 1), d -> new ArrayList<>()).add(window);
            }
        }
        windows.values().forEach(list -> list.sort(Comparator.comparing(Window::open)));
        return new OpeningHours(windows, closedDates, zone, text.strip());
    }

    private static LocalTime time(String hhmm, String rule) {
        try {
            return LocalTime.parse(hhmm);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + rule.strip() + "': " + hhmm + " is not a time of day (00:00-23:59)");
        }
    }

    /** The instant the office is next open: {@code now} itself when it is open now. */
    public Instant nextOpening(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int d = 0; d <= 7 + closedDates.size(); d++) {
            LocalDate date = today.plusDays(d);
            if (closedDates.contains(date)) {
                continue;
            }
            for (Window window : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
                Instant open = ZonedDateTime.of(date, window.open(), zone).toInstant();
                Instant close = ZonedDateTime.of(date, window.close(), zone).toInstant();
                if (now.isBefore(open)) {
                    return open;
                }
                if (now.isBefore(close)) {
                    return now;
                }
            }
        }
        throw new IllegalStateException("opening hours '" + text + "' never open in the coming week");
    }

    public boolean isOpen(Instant now) {
        return nextOpening(now).equals(now);
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public String toString() {
        return text + (closedDates.isEmpty() ? "" : " (closed " + closedDates + ")");
    }

    private record Window(LocalTime open, LocalTime close) {
    }
}
