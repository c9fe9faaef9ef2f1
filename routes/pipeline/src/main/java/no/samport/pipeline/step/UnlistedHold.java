package no.samport.pipeline.step;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a message for "the patient's GP" whose patient is on no GP list waits for the patient to be placed on one
 * (GP-LISTS.md GL-12), and until when: {@code samport.gp-lists.hold-unlisted-for} and {@code hold-message-types}.
 */
public final class UnlistedHold {

    private final Duration holdFor;
    private final Set<String> messageTypes;

    /**
     * @param holdFor      how long such a message waits; null or zero: none waits
     * @param messageTypes the message types that wait; empty: every type
     */
    public UnlistedHold(Duration holdFor, Set<String> messageTypes) {
        this.holdFor = holdFor;
        this.messageTypes = Set.copyOf(messageTypes);
    }

    /** Whether any message waits at all. */
    public boolean enabled() {
        return holdFor != null && !holdFor.isZero() && !holdFor.isNegative();
    }

    /**
     * Until when a message of this type, first held at {@code heldSince}, waits; empty when it does not wait (the
     * hold is off, the type is not one that waits, or the wait has run out at {@code now}).
     */
    public Optional<Instant> until(String messageType, Instant heldSince, Instant now) {
        if (!enabled() || !(messageTypes.isEmpty() || messageTypes.contains(messageType))) {
            return Optional.empty();
        }
        Instant until = heldSince.plus(holdFor);
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** The status-history note for a message that starts or goes on waiting. */
    public static String waitingNote(String routing, Instant until) {
        return routing + ": waiting for the patient to be placed on a GP list, until " + until
                + " (samport.gp-lists.hold-unlisted-for)";
    }
}
