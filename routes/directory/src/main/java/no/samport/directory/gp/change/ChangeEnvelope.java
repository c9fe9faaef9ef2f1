package no.samport.directory.gp.change;

import no.samport.directory.gp.Provenance;

/**
 * A change as received: its source, the source's id for it (the same id twice is the same change), when the source
 * recorded it, and a fingerprint of its content (the same id with another fingerprint is a contradiction).
 *
 * @param changeId    the source's id of the change (a message's MsgId, a CSV row's id)
 * @param provenance  source and source time
 * @param fingerprint a digest of the change's content
 * @param change      the change
 */
public record ChangeEnvelope(String changeId, Provenance provenance, String fingerprint, GpChange change) {

    public ChangeEnvelope {
        if (changeId == null || changeId.isBlank()) {
            throw new IllegalArgumentException("A change needs an id from its source (the message's identifier)");
        }
        changeId = changeId.strip();
    }
}
