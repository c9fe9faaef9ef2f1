package no.samport.pipeline.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Where patients' objections to messages going to their GP are kept, with their audit trail. */
public interface PatientObjections {

    /** Records a new objection in force from {@code at}, with its audit record. */
    PatientObjection register(String patientNin, Set<String> messageTypes, String source, String reason, Instant at);

    /** Withdraws an objection at {@code at}, with its audit record; empty when there is none with that id. */
    Optional<PatientObjection> withdraw(long id, Instant at);

    /** One objection by its number. */
    Optional<PatientObjection> find(long id);

    /** The patient's objections, in force or withdrawn, newest first. */
    List<PatientObjection> forPatient(String patientNin);

    /** The objection in force at {@code at} that stops a message of this type to the patient's GP, if any. */
    default Optional<PatientObjection> stopping(String patientNin, String messageType, Instant at) {
        return forPatient(patientNin).stream().filter(o -> o.stops(messageType, at)).findFirst();
    }

    /** Records that an objection suppressed a message. */
    void suppressed(long objectionId, UUID trackingId, String detail, Instant at);

    /** The objection's audit trail, oldest first. */
    List<ObjectionAudit> audit(long objectionId);
}
