package no.samport.directory.gp.service;

import java.time.Instant;
import java.util.List;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.waiting.WaitingEntry;

/** Notices the GP data sends as things happen (list changes and capacity go out in batches instead). */
public interface GpNotices {

    /** Sends nothing. */
    GpNotices NONE = (contract, offered, deadline, now) -> {
    };

    /**
     * Places on {@code contract} opened and are offered to the persons of {@code offered} (status OFFERED) until
     * {@code deadline}: one notice per list and offering round.
     */
    void placesOffered(GpContract contract, List<WaitingEntry> offered, Instant deadline, Instant now);
}
