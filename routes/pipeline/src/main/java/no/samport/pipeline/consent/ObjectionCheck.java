package no.samport.pipeline.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * GL-23: a message to the patient's GP that the patient has objected to is not delivered. The check suppresses only
 * the GP's copy (a message addressed to the patient's GP); every other recipient's message is untouched. The
 * suppression is audited on the objection; the text says why without the patient's reason.
 */
public final class ObjectionCheck {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final PatientObjections objections;
    private final Clock clock;

    public ObjectionCheck(PatientObjections objections, Clock clock) {
        this.objections = objections;
        this.clock = clock;
    }

    /**
     * When the patient objects to this message going to their GP: records the suppression and returns the text for
     * the sender and the status history.
     *
     * @param gp the GP the message would have gone to, in words (name and HER-id)
     */
    public Optional<String> suppress(UUID trackingId, String patientNin, String messageType, String gp) {
        if (patientNin == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<PatientObjection> objection = objections.stopping(patientNin, messageType, now);
        if (objection.isEmpty()) {
            return Optional.empty();
        }
        PatientObjection o = objection.get();
        String text = "Ikke levert til fastlegen " + gp + ": pasienten har motsatt seg at " + messageType
                + " sendes til fastlegen (reservasjon nr. " + o.id() + ", registrert "
                + o.registeredAt().atZone(OSLO).toLocalDate() + ", kilde: " + o.source()
                + "). Andre mottakere får sine meldinger som vanlig.";
        objections.suppressed(o.id(), trackingId, "the " + messageType + " to " + gp + " was not delivered", now);
        return Optional.of(text);
    }
}
