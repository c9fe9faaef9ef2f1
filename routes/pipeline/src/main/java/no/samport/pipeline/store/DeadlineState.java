package no.samport.pipeline.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A tracked obligation of a message and where it stands.
 *
 * @param status OPEN (not met, not due), ALARM (due and not met), MET (met in time), MET_LATE (met after it was due,
 *               before an alarm went out), CLEARED (met after an alarm was raised)
 */
public record DeadlineState(
        long id,
        UUID trackingId,
        String ruleId,
        String obligation,
        String metBy,
        Instant dueAt,
        String status,
        Instant metAt,
        Instant alarmRaisedAt,
        String msgId,
        String senderHerId,
        String receiverHerId) {

    public static final String OPEN = "OPEN";
    public static final String ALARM = "ALARM";
    public static final String MET = "MET";
    public static final String MET_LATE = "MET_LATE";
    public static final String CLEARED = "CLEARED";
}
