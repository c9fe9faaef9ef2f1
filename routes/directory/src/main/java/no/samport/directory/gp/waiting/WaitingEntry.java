package no.samport.directory.gp.waiting;

import java.time.Instant;
import java.util.UUID;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;

/**
 * A person on a waiting list (a FHIR {@code Task}: for = the person, focus = the list or the municipality).
 *
 * @param id                Samport's id
 * @param externalId        the id the sending system gave it (idempotency per source), or null
 * @param patient           who waits
 * @param municipality      whose waiting list (3402)
 * @param targetContractId  the GP list waited for (per-GP model), or null for the municipal list
 * @param group             the group on a municipal list, or null
 * @param joinedAt          when the person joined
 * @param status            where the entry stands
 * @param offeredContractId the list offered, when offered or accepted
 * @param offerDeadline     until when the offer holds
 * @param provenance        the source and when it recorded the entry
 */
public record WaitingEntry(UUID id, String externalId, ListedPatient patient, String municipality,
                           String targetContractId, WaitingGroup group, Instant joinedAt, WaitingStatus status,
                           String offeredContractId, Instant offerDeadline, Provenance provenance) {

    /** Whether this entry waits for a place on that contract's list (its own GP, or any list of its municipality). */
    public boolean waitsFor(String contractId, String contractMunicipality) {
        return targetContractId != null ? targetContractId.equals(contractId)
                : municipality.equals(contractMunicipality);
    }

    @Override
    public String toString() {
        return "WaitingEntry[id=" + id + ", municipality=" + municipality + ", target=" + targetContractId
                + ", status=" + status + "]";
    }
}
