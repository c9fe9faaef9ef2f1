package no.samport.directory.gp.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents waiting to go to GP offices and municipalities (list changes, full lists, capacity, offers), written in
 * the transaction that caused them and delivered by a route: nothing is lost if delivery fails, and a document that
 * failed every attempt stays FAILED for an operator to retry.
 */
public final class JdbcGpOutbox {

    /** Where a document stands. */
    public enum Status { PENDING, SENT, FAILED }

    /** A document to send. */
    public record Document(String kind, String recipientHerId, String endpoint, String format, String name,
                           byte[] payload) {
    }

    /** A document's metadata (never its content). */
    public record Entry(UUID id, String kind, String recipientHerId, String endpoint, String format, String name,
                        Status status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
    }

    private static final String COLUMNS = "id, kind, recipient_her_id, endpoint, format, name, status, attempts,"
            + " last_error, created_at, sent_at";

    private final JdbcTemplate jdbc;

    public JdbcGpOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID add(Document document, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into gp_outbox (id, kind, recipient_her_id, endpoint, format, name, payload, status,"
                        + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)",
                id, document.kind(), document.recipientHerId(), document.endpoint(), document.format(),
                document.name(), document.payload(), Sql.ts(now), Sql.ts(now));
        return id;
    }

    /** Pending documents whose next attempt is due, oldest first. */
    public List<Entry> due(Instant now, int limit) {
        return jdbc.query("select " + COLUMNS + " from gp_outbox where status = 'PENDING' and next_attempt_at <= ?"
                + " order by created_at limit ?", this::entry, Sql.ts(now), limit);
    }

    public byte[] payload(UUID id) {
        return jdbc.queryForObject("select payload from gp_outbox where id = ?", byte[].class, id);
    }

    public void sent(UUID id, Instant now) {
        jdbc.update("update gp_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null"
                + " where id = ?", Sql.ts(now), id);
    }

    /** Records a failed attempt; after {@code maxAttempts} the document is FAILED. */
    public void attemptFailed(UUID id, String error, Instant now, Duration retryDelay, int maxAttempts) {
        jdbc.update("update gp_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                        + " status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end where id = ?",
                error, Sql.ts(now.plus(retryDelay)), maxAttempts, id);
    }

    /** Puts a FAILED document back in line; false when it is not FAILED. */
    public boolean retry(UUID id, Instant now) {
        return jdbc.update("update gp_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?"
                + " where id = ? and status = 'FAILED'", Sql.ts(now), id) == 1;
    }

    public Optional<Entry> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from gp_outbox where id = ?", this::entry, id).stream().findFirst();
    }

    /** The newest documents, of one status or all. */
    public List<Entry> newest(Status status, int limit) {
        return jdbc.query("select " + COLUMNS + " from gp_outbox where (?::text is null or status = ?)"
                        + " order by created_at desc limit ?", this::entry,
                status == null ? null : status.name(), status == null ? null : status.name(), limit);
    }

    private Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("recipient_her_id"),
                rs.getString("endpoint"), rs.getString("format"), rs.getString("name"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "sent_at"));
    }
}
