package no.samport.pipeline.step;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.PatientsGpWaits;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Resolve's hold (GL-12): a message for "the patient's GP" whose patient is on no GP list waits, in status WAITING,
 * for the patient to be placed on one ({@link UnlistedHold}); a message whose wait ran out goes the way it would have
 * gone without the hold.
 */
public final class WaitForList {

    private final UnlistedHold hold;
    private final PatientsGpWaits waits;
    private final Clock clock;

    public WaitForList(UnlistedHold hold, PatientsGpWaits waits, Clock clock) {
        this.hold = hold;
        this.waits = waits;
        this.clock = clock;
    }

    /** Puts the message in WAITING and returns true when it waits; false when it goes on now. */
    public boolean held(UUID trackingId, Bundle bundle, String messageType, PatientsGpResolver.Decision decision,
                        String stage) {
        if (!decision.patientOnNoList() || !hold.enabled()) {
            return false;
        }
        Optional<String> nin = PatientsGpAddressing.patientNin(bundle);
        Optional<PatientsGpWaits.Wait> earlier = waits.find(trackingId);
        if (nin.isEmpty() || earlier.filter(PatientsGpWaits.Wait::expired).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        Instant since = earlier.map(PatientsGpWaits.Wait::since).orElse(now);
        Optional<Instant> until = hold.until(messageType, since, now);
        if (until.isEmpty()) {
            return false;
        }
        waits.hold(trackingId, nin.get(), since, until.get(), UnlistedHold.waitingNote(decision.detail(), until.get()),
                stage);
        return true;
    }
}
