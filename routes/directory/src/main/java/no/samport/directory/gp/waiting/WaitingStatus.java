package no.samport.directory.gp.waiting;

/** Where a waiting-list entry stands. */
public enum WaitingStatus {
    /** In the queue. */
    WAITING,
    /** Offered a place on a list; the place is held for the person until the offer deadline. */
    OFFERED,
    /** Took the place: the person is on the list (begin code OTVE) and the entry is closed. */
    ACCEPTED,
    /** Said no to the offered place; the entry is closed. */
    DECLINED,
    /** Did not answer by the offer deadline; the entry is closed and the place goes to the next. */
    EXPIRED,
    /** Left the waiting list without a place. */
    WITHDRAWN;

    /** Whether the entry is still in the queue or holding an offer. */
    public boolean isOpen() {
        return this == WAITING || this == OFFERED;
    }
}
