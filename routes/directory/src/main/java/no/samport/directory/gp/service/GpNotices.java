package no.samport.directory.gp.service;

import java.time.Instant;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.waiting.WaitingEntry;

/** Notices the GP data sends as things happen (list changes and capacity go out in batches instead). */
public interface GpNotices {

    /** Sends nothing. */
    GpNotices NONE = (entry, contract, deadline, now) -> {
    };

    /** A place on {@code contract} opened and is offered to the person of {@code entry} until {@code deadline}. */
    void placeOffered(WaitingEntry entry, GpContract contract, Instant deadline, Instant now);
}
