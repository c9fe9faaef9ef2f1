package no.samport.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.PatientsGpWaits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waiting messages in PostgreSQL (V8_1): the message's status is WAITING, {@code patients_gp_wait} says for whom and
 * until when. A message is moved on by a conditional update of its status, so only one node moves it.
 */
public final class JdbcPatientsGpWaits implements PatientsGpWaits {

    private static final String WAITING = MessageStatus.WAITING.name();
    private static final String DECODED = MessageStatus.DECODED.name();
    private static final RowMapper<Wait> WAIT = (rs, n) -> new Wait(rs.getObject(1, UUID.class),
            rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getBoolean(4));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StatusHistory history;

    public JdbcPatientsGpWaits(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.history = new StatusHistory(jdbc);
    }

    @Override
    public Optional<Wait> find(UUID trackingId) {
        return jdbc.query("select tracking_id, since, until, expired from patients_gp_wait where tracking_id = ?",
                WAIT, trackingId).stream().findFirst();
    }

    @Override
    public void hold(UUID trackingId, String patientNin, Instant since, Instant until, String detail, String stage) {
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into patients_gp_wait (tracking_id, patient_nin, since, until) values (?, ?, ?, ?)"
                    + " on conflict (tracking_id) do nothing", trackingId, patientNin, Timestamp.from(since),
                    Timestamp.from(until));
            jdbc.update("update message set status = ?, updated_at = ? where tracking_id = ?", WAITING,
                    Timestamp.from(Instant.now()), trackingId);
            history.add(trackingId, MessageStatus.WAITING, stage, detail);
        });
    }

    @Override
    public List<UUID> release(String patientNin, String detail, String stage) {
        return tx.execute(status -> {
            List<UUID> moved = jdbc.queryForList("update message m set status = ?, updated_at = ?"
                    + " from patients_gp_wait w where w.tracking_id = m.tracking_id and w.patient_nin = ?"
                    + " and m.status = ? returning m.tracking_id", UUID.class, DECODED,
                    Timestamp.from(Instant.now()), patientNin, WAITING);
            moved.forEach(id -> history.add(id, MessageStatus.DECODED, stage, detail));
            return moved;
        });
    }

    @Override
    public boolean release(UUID trackingId, String detail, String stage) {
        return Boolean.TRUE.equals(tx.execute(status -> moveOn(trackingId, detail, stage)));
    }

    @Override
    public List<UUID> expire(Instant now, String stage, int limit) {
        List<Wait> due = jdbc.query("select w.tracking_id, w.since, w.until, w.expired from patients_gp_wait w"
                        + " join message m on m.tracking_id = w.tracking_id where m.status = ? and not w.expired"
                        + " and w.until <= ? order by w.until limit ?",
                WAIT, WAITING, Timestamp.from(now), limit);
        List<UUID> moved = new ArrayList<>();
        for (Wait wait : due) {
            boolean mine = Boolean.TRUE.equals(tx.execute(status -> {
                boolean done = moveOn(wait.trackingId(), "the wait for the patient to be placed on a GP list ran"
                        + " out at " + wait.until() + ": resolved again, the way it goes without the hold", stage);
                if (done) {
                    jdbc.update("update patients_gp_wait set expired = true where tracking_id = ?", wait.trackingId());
                }
                return done;
            }));
            if (mine) {
                moved.add(wait.trackingId());
            }
        }
        return moved;
    }

    @Override
    public List<Waiting> waiting(int limit) {
        return jdbc.query("select w.tracking_id, w.patient_nin from patients_gp_wait w join message m"
                        + " on m.tracking_id = w.tracking_id where m.status = ? order by w.since limit ?",
                (rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2)), WAITING, limit);
    }

    /** Inside a transaction: WAITING -> DECODED with its history row, or false when the message is not waiting. */
    private boolean moveOn(UUID trackingId, String detail, String stage) {
        int moved = jdbc.update("update message set status = ?, updated_at = ? where tracking_id = ? and status = ?",
                DECODED, Timestamp.from(Instant.now()), trackingId, WAITING);
        if (moved == 0) {
            return false;
        }
        history.add(trackingId, MessageStatus.DECODED, stage, detail);
        return true;
    }
}
