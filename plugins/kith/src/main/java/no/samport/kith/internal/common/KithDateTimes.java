package no.samport.kith.internal.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.TimeZone;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.w3c.dom.Element;

/**
 * KITH times are local Norwegian time without offset ({@code 2018-01-24T10:23:32}); FHIR needs an offset. Reading
 * takes a time without offset as Europe/Oslo; writing gives Europe/Oslo local time without offset, so a message
 * round-trips as written. A time with an explicit offset is honoured on read and written as Oslo local time.
 */
public final class KithDateTimes {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final Pattern UNPADDED = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private KithDateTimes() {
    }

    /** An xs:dateTime as a FHIR instant; null when the text is not a dateTime. */
    public static InstantType instant(String text) {
        ZonedDateTime time = zoned(text);
        return time == null ? null : new InstantType(Date.from(time.toInstant()), precision(text),
                TimeZone.getTimeZone(time.getZone()));
    }

    /** A TS value (dateTime, date, gYearMonth or gYear) as a FHIR dateTime; null when it is none of these. */
    public static DateTimeType dateTime(String text) {
        if (text == null) {
            return null;
        }
        ZonedDateTime time = zoned(text);
        if (time != null) {
            return new DateTimeType(Date.from(time.toInstant()), precision(text), TimeZone.getTimeZone(time.getZone()));
        }
        if (text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            try {
                return new DateTimeType(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** An xs:date as a FHIR date; null when it is not one. */
    public static DateType date(String text) {
        try {
            return text == null ? null : new DateType(LocalDate.parse(text).toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * An xs:date element's value; a date without zero padding ({@code 1991-12-4}, seen in practice) is read as a
     * deviation; anything else is T02.
     */
    public static DateType date(Element element, ReadContext context) throws MessageRejectedException {
        String text = Dom.text(element);
        DateType date = date(text);
        if (date != null) {
            return date;
        }
        Matcher unpadded = text == null ? null : UNPADDED.matcher(text);
        if (unpadded != null && unpadded.matches()) {
            DateType padded = date(String.format("%s-%02d-%02d", unpadded.group(1),
                    Integer.parseInt(unpadded.group(2)), Integer.parseInt(unpadded.group(3))));
            if (padded != null) {
                context.quirk(element, Dom.localName(element) + " is not written YYYY-MM-DD (no zero padding)");
                return padded;
            }
        }
        throw context.invalid(element, Dom.localName(element) + " is not a date (YYYY-MM-DD)");
    }

    /** A FHIR date/dateTime/instant as KITH writes it: Oslo local time to the second, no offset; a date stays a date. */
    public static String format(BaseDateTimeType value) {
        if (value == null || value.getValue() == null) {
            return null;
        }
        TemporalPrecisionEnum precision = value.getPrecision();
        if (precision.ordinal() <= TemporalPrecisionEnum.DAY.ordinal()) {
            return value.getValueAsString();
        }
        return format(value.getValue());
    }

    /** A moment as KITH writes it (Oslo local time, seconds). */
    public static String format(Date value) {
        return value == null ? null : SECONDS.format(LocalDateTime.ofInstant(value.toInstant(), OSLO));
    }

    private static ZonedDateTime zoned(String text) {
        if (text == null || !text.contains("T")) {
            return null;
        }
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return OffsetDateTime.parse(text).toZonedDateTime();
            }
            return LocalDateTime.parse(text).atZone(OSLO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static TemporalPrecisionEnum precision(String text) {
        return text.matches(".*T\\d{2}:\\d{2}:\\d{2}\\.\\d+.*") ? TemporalPrecisionEnum.MILLI : TemporalPrecisionEnum.SECOND;
    }
}
