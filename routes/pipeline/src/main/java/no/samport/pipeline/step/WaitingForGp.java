package no.samport.pipeline.step;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samport.directory.gp.routing.GpRouting;
import no.samport.directory.gp.service.ListJoins;
import no.samport.pipeline.Queues;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.store.PatientsGpWaits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Moves messages waiting for a GP list on (GL-12): when a join places their patient on a list they are resolved again
 * at once (after the join commits), and a periodic check resolves again those whose patient has a list by any other
 * path (a Pasientliste, an accepted offer, a join dated ahead) and those whose wait ran out. A message moved on is put
 * on the resolve queue; one whose queue entry is lost is picked up by the stalled-message sweeper as any DECODED one.
 */
public final class WaitingForGp implements ListJoins {

    static final String STAGE = "gp-wait";
    private static final Logger log = LoggerFactory.getLogger(WaitingForGp.class);
    private static final int BATCH = 100;

    private final PatientsGpWaits waits;
    private final GpRouting routing;
    private final QueueSender queues;
    private final Clock clock;

    public WaitingForGp(PatientsGpWaits waits, GpRouting routing, QueueSender queues, Clock clock) {
        this.waits = waits;
        this.routing = routing;
        this.queues = queues;
        this.clock = clock;
    }

    @Override
    public void joined(String patientNin, String contractId, LocalDate from) {
        List<UUID> released = waits.release(patientNin, "the patient was placed on the list of contract " + contractId
                + " from " + from + ": resolved again", STAGE);
        if (released.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    resolveAgain(released);
                }
            });
        } else {
            resolveAgain(released);
        }
    }

    /** Resolves again the waiting messages whose patient has a list now, and those whose wait ran out; how many. */
    public int check() {
        Instant now = clock.instant();
        List<UUID> expired = waits.expire(now, STAGE, BATCH);
        resolveAgain(expired);
        int listed = 0;
        for (PatientsGpWaits.Waiting waiting : waits.waiting(BATCH)) {
            GpRouting.Result result = routing.route(waiting.patientNin(), now);
            if (!result.patientOnNoList() && waits.release(waiting.trackingId(),
                    "the patient is on a GP list now (" + result.explanation() + "): resolved again", STAGE)) {
                resolveAgain(List.of(waiting.trackingId()));
                listed++;
            }
        }
        if (!expired.isEmpty() || listed > 0) {
            log.info("Messages waiting for a GP list: {} resolved again after the wait ran out, {} after a listing",
                    expired.size(), listed);
        }
        return expired.size() + listed;
    }

    private void resolveAgain(List<UUID> trackingIds) {
        trackingIds.forEach(id -> queues.send(Queues.CANONICAL, id.toString()));
    }
}
