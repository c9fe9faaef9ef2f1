package no.samport.pipeline.step;

import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.store.DeadlineState;
import no.samport.pipeline.store.StoredMessage;

/**
 * A notice that an alarm was raised (an obligation is due and not met) or cleared (it was met after all), or that a
 * message failed after every redelivery. Holds message and organisation identifiers only, no patient data.
 *
 * @param event       {@code alarm-raised}, {@code alarm-cleared} or {@code message-failed}
 * @param ruleId      the task-sharing rule, or null for {@code message-failed}
 * @param fileName    a name for file-based alarm endpoints
 */
public record AlarmNotice(String event, UUID trackingId, String msgId, String ruleId, String obligation, Instant dueAt,
                          Instant metAt, String senderHerId, String receiverHerId, String fileName) {

    /** A message that became FAILED on {@code queue}: an operator must fix the cause and reprocess it. */
    static AlarmNotice failed(StoredMessage message, String queue) {
        return new AlarmNotice("message-failed", message.trackingId(), message.msgId(), null,
                "deliver through " + queue + "; failed after every redelivery: fix the cause, then POST /api/messages/"
                        + message.trackingId() + "/reprocess", null, null, message.senderHerId(),
                message.receiverHerId(), "message-failed-" + message.trackingId() + ".json");
    }

    static AlarmNotice of(DeadlineState deadline) {
        String event = DeadlineState.ALARM.equals(deadline.status()) ? "alarm-raised" : "alarm-cleared";
        return new AlarmNotice(event, deadline.trackingId(), deadline.msgId(), deadline.ruleId(), deadline.obligation(),
                deadline.dueAt(), deadline.metAt(), deadline.senderHerId(), deadline.receiverHerId(),
                event + "-" + deadline.ruleId() + "-" + deadline.id() + ".json");
    }
}
