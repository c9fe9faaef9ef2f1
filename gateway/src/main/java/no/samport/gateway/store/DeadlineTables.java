package no.samport.gateway.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.samport.pipeline.store.DeadlineState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadlines of task-sharing obligations (V5_1): met by an answer (recorded when it passes the policy stage) or by
 * delivery (read from the status history), settled by the deadline route. Settling locks the rows it changes and
 * skips rows another node holds, so each alarm is raised and cleared once.
 */
final class DeadlineTables {

    private static final String SELECT = "select d.id, d.tracking_id, d.rule_id, d.obligation, d.met_by, d.due_at,"
            + " d.status, d.met_at, d.alarm_raised_at, m.msg_id, m.sender_her_id, m.receiver_her_id"
            + " from policy_deadline d join message m on m.tracking_id = d.tracking_id";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatusHistory history;

    DeadlineTables(JdbcTemplate jdbc, TransactionTemplate tx, StatusHistory history) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = history;
    }

    List<DeadlineState> deadlines(UUID trackingId) {
        return jdbc.query(SELECT + " where d.tracking_id = ? order by d.id", DeadlineTables::state, trackingId);
    }

    List<DeadlineState> deadlinesIn(String status, int limit) {
        return jdbc.query(SELECT + " where d.status = ? order by d.due_at limit ?", DeadlineTables::state, status, limit);
    }

    long openAlarms() {
        Long count = jdbc.queryForObject("select count(*) from policy_deadline where status = ?", Long.class,
                DeadlineState.ALARM);
        return count == null ? 0 : count;
    }

    int answered(String answeredMsgId, Collection<String> askerHerIds, UUID answerTrackingId, Instant at) {
        if (askerHerIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("update policy_deadline d set met_at = ?, met_by_tracking_id = ?"
                        + " where d.awaited_msg_id = ? and d.met_by = 'answered' and d.met_at is null"
                        + " and d.status in ('OPEN', 'ALARM') and exists (select 1 from message m"
                        + " where m.tracking_id = d.tracking_id and m.sender_her_id = any (?))",
                Timestamp.from(at), answerTrackingId, answeredMsgId, askerHerIds.toArray(String[]::new));
    }

    List<DeadlineState> settleDeadlines(Instant now) {
        return tx.execute(status -> {
            List<DeadlineState> candidates = jdbc.query("select d.id, d.tracking_id, d.rule_id, d.obligation,"
                            + " d.met_by, d.due_at, d.status, coalesce(d.met_at, case when d.met_by = 'delivered' then"
                            + " (select min(s.at) from message_status s where s.tracking_id = d.tracking_id and"
                            + " s.status = 'DELIVERED') end) as met_at, d.alarm_raised_at, m.msg_id, m.sender_her_id,"
                            + " m.receiver_her_id from policy_deadline d join message m on m.tracking_id = d.tracking_id"
                            + " where d.status in ('OPEN', 'ALARM') and (d.met_at is not null or (d.status = 'OPEN'"
                            + " and d.due_at <= ?) or (d.met_by = 'delivered' and m.status = 'DELIVERED'))"
                            + " order by d.due_at for update of d skip locked",
                    DeadlineTables::state, Timestamp.from(now));
            List<DeadlineState> changed = new ArrayList<>();
            for (DeadlineState d : candidates) {
                DeadlineState settled = settle(d, now);
                jdbc.update("update policy_deadline set status = ?, met_at = ?, alarm_raised_at = ? where id = ?",
                        settled.status(), ts(settled.metAt()), ts(settled.alarmRaisedAt()), settled.id());
                history.note(d.trackingId(), "deadlines", describe(settled));
                changed.add(settled);
            }
            return changed;
        });
    }

    private static DeadlineState settle(DeadlineState d, Instant now) {
        String next;
        Instant raised = d.alarmRaisedAt();
        if (d.metAt() == null) {
            next = DeadlineState.ALARM;
            raised = now;
        } else if (DeadlineState.ALARM.equals(d.status())) {
            next = DeadlineState.CLEARED;
        } else {
            next = d.metAt().isAfter(d.dueAt()) ? DeadlineState.MET_LATE : DeadlineState.MET;
        }
        return new DeadlineState(d.id(), d.trackingId(), d.ruleId(), d.obligation(), d.metBy(), d.dueAt(), next,
                d.metAt(), raised, d.msgId(), d.senderHerId(), d.receiverHerId());
    }

    private static String describe(DeadlineState d) {
        return switch (d.status()) {
            case DeadlineState.ALARM -> "ALARM (rule " + d.ruleId() + "): not met by " + d.dueAt() + ": " + d.obligation();
            case DeadlineState.CLEARED -> "alarm cleared (rule " + d.ruleId() + "): met at " + d.metAt() + ": "
                    + d.obligation();
            case DeadlineState.MET_LATE -> "deadline met late (rule " + d.ruleId() + "): due " + d.dueAt() + ", met "
                    + d.metAt();
            default -> "deadline met (rule " + d.ruleId() + "): " + d.obligation();
        };
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static DeadlineState state(ResultSet rs, int row) throws SQLException {
        return new DeadlineState(rs.getLong("id"), rs.getObject("tracking_id", UUID.class), rs.getString("rule_id"),
                rs.getString("obligation"), rs.getString("met_by"), rs.getTimestamp("due_at").toInstant(),
                rs.getString("status"), instant(rs, "met_at"), instant(rs, "alarm_raised_at"), rs.getString("msg_id"),
                rs.getString("sender_her_id"), rs.getString("receiver_her_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
