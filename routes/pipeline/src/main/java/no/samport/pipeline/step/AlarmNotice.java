package no.samport.pipeline.step;

import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.store.DeadlineState;

/**
 * A notice that an alarm was raised (an obligation is due and not met) or cleared (it was met after all). Holds
 * message and organisation identifiers only, no patient data.
 *
 * @param event       {@code alarm-raised} or {@code alarm-cleared}
 * @param fileName    a name for file-based alarm endpoints
 */
public record AlarmNotice(String event, UUID trackingId, String msgId, String ruleId, String obligation, Instant dueAt,
                          Instant metAt, String senderHerId, String receiverHerId, String fileName) {

    static AlarmNotice of(DeadlineState deadline) {
        String event = DeadlineState.ALARM.equals(deadline.status()) ? "alarm-raised" : "alarm-cleared";
        return new AlarmNotice(event, deadline.trackingId(), deadline.msgId(), deadline.ruleId(), deadline.obligation(),
                deadline.dueAt(), deadline.metAt(), deadline.senderHerId(), deadline.receiverHerId(),
                event + "-" + deadline.ruleId() + "-" + deadline.id() + ".json");
    }
}
