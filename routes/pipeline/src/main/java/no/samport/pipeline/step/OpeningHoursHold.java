package no.samport.pipeline.step;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.OpeningHours;
import no.samport.pipeline.store.MessageKind;
import no.samport.pipeline.store.StoredMessage;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Whether a message waits for its office to open: only for an endpoint with opening hours, only outside them, never
 * for an AppRec and never for an urgent message. A held message is looked at again at the next opening, or after the
 * recheck interval when that comes first (aligned to the interval, so held messages wake together and in order).
 */
public final class OpeningHoursHold {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final Urgency urgency;
    private final Duration recheckInterval;

    public OpeningHoursHold(Urgency urgency, Duration recheckInterval) {
        if (recheckInterval.isZero() || recheckInterval.isNegative()) {
            throw new IllegalArgumentException("the recheck interval must be positive");
        }
        this.urgency = urgency;
        this.recheckInterval = recheckInterval;
    }

    /** The next opening when the message must wait for it; empty when it goes now. */
    public Optional<Instant> heldUntil(Endpoint endpoint, StoredMessage message, Bundle bundle, Instant now) {
        if (endpoint.openingHours().isEmpty() || message.kind() == MessageKind.RECEIPT) {
            return Optional.empty();
        }
        Instant opening = endpoint.openingHours().get().nextOpening(now);
        if (opening.equals(now) || urgency.isUrgent(bundle)) {
            return Optional.empty();
        }
        return Optional.of(opening);
    }

    /** How long until the held message is looked at again. */
    public Duration wait(Instant until, Instant now) {
        long interval = recheckInterval.toMillis();
        long nextTick = (Math.floorDiv(now.toEpochMilli(), interval) + 1) * interval;
        return Duration.ofMillis(Math.max(1, Math.min(until.toEpochMilli(), nextTick) - now.toEpochMilli()));
    }

    /** The status-history text for a message held until {@code until}, in the office's time zone. */
    public static String heldText(Instant until, Endpoint endpoint) {
        return "held until " + TIME.format(until.truncatedTo(ChronoUnit.MINUTES)
                .atZone(endpoint.openingHours().map(OpeningHours::zone).orElse(OpeningHours.OSLO)))
                + " (outside the office's opening hours)";
    }
}
