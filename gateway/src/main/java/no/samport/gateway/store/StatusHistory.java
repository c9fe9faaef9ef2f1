package no.samport.gateway.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes rows of a message's status history; callers run it inside the transaction of the change it records. */
final class StatusHistory {

    private final JdbcTemplate jdbc;

    StatusHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID trackingId, MessageStatus status, String stage, String detail) {
        jdbc.update("insert into message_status (tracking_id, status, stage, detail, at) values (?, ?, ?, ?, ?)",
                trackingId, status.name(), stage, detail, Timestamp.from(Instant.now()));
    }

    /** A note that keeps the message's current status. */
    void note(UUID trackingId, String stage, String detail) {
        String current = jdbc.queryForObject("select status from message where tracking_id = ?", String.class, trackingId);
        add(trackingId, MessageStatus.valueOf(current), stage, detail);
    }
}
