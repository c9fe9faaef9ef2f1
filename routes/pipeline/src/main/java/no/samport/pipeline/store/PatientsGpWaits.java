package no.samport.pipeline.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Messages for "the patient's GP" waiting for their patient to be placed on a GP list (GL-12). Each method is one
 * transaction (or joins the caller's), and every status change writes its history row with it. Releasing and expiring
 * claim a message by its status, so when several gateway nodes check at once each message goes on once.
 */
public interface PatientsGpWaits {

    /** A message's wait: since when, until when, and whether it has run out. */
    record Wait(UUID trackingId, Instant since, Instant until, boolean expired) {
    }

    /** The message's wait, if it ever waited. */
    Optional<Wait> find(UUID trackingId);

    /**
     * Puts a DECODED message in status WAITING until {@code until}, for the patient with this fødselsnummer or
     * D-nummer (kept for matching, never logged). A message that waited before keeps its first wait's times.
     */
    void hold(UUID trackingId, String patientNin, Instant since, Instant until, String detail, String stage);

    /** Moves the patient's WAITING messages back to DECODED with {@code detail}; returns those this call moved. */
    List<UUID> release(String patientNin, String detail, String stage);

    /** Moves one WAITING message back to DECODED with {@code detail}; false when it is not waiting (any more). */
    boolean release(UUID trackingId, String detail, String stage);

    /**
     * Moves WAITING messages whose wait ran out before {@code now} back to DECODED with a note saying so, marking the
     * wait expired; returns those this call moved.
     */
    List<UUID> expire(Instant now, String stage, int limit);

    /** Messages waiting now, with their patient's number, oldest first: to check whether the patient has a list. */
    List<Waiting> waiting(int limit);

    /** A waiting message and its patient's number (for matching only). */
    record Waiting(UUID trackingId, String patientNin) {
    }
}
