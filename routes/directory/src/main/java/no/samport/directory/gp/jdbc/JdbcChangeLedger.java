package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.util.Optional;
import no.samport.directory.gp.change.ChangeEnvelope;
import no.samport.directory.gp.change.ChangeOutcome;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change received, once per (source, change id), and the source time of the last change applied to each
 * subject. Re-sending a change finds it here; an older change arriving after a newer one is detected here.
 */
public final class JdbcChangeLedger {

    /** A change seen before: its fingerprint, outcome and when it came. */
    public record Seen(String fingerprint, ChangeOutcome outcome, String detail, Instant receivedAt) {
    }

    private final JdbcTemplate jdbc;

    public JdbcChangeLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the change id for this change; empty when it is new. A concurrent claim of the same id waits for the
     * first transaction and then sees it.
     */
    public Optional<Seen> claim(ChangeEnvelope change, Instant now) {
        int inserted = jdbc.update("insert into gp_change (source, change_id, kind, subject, source_time, fingerprint,"
                        + " outcome, received_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?) on conflict do nothing",
                change.provenance().source(), change.changeId(), change.change().kind(), change.change().subject(),
                Sql.ts(change.provenance().sourceTime()), change.fingerprint(), Sql.ts(now));
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("select fingerprint, outcome, detail, received_at from gp_change where source = ?"
                        + " and change_id = ?",
                (rs, row) -> new Seen(rs.getString("fingerprint"), ChangeOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("detail"), Sql.instant(rs, "received_at")),
                change.provenance().source(), change.changeId()).stream().findFirst();
    }

    /** Records what became of a claimed change. */
    public void settle(ChangeEnvelope change, ChangeOutcome outcome, String detail) {
        jdbc.update("update gp_change set outcome = ?, detail = ? where source = ? and change_id = ?",
                outcome.name(), detail, change.provenance().source(), change.changeId());
    }

    /** The source time of the last change applied to the subject. */
    public Optional<Instant> lastApplied(String subject) {
        return jdbc.query("select source_time from gp_subject_clock where subject = ?",
                (rs, row) -> Sql.instant(rs, "source_time"), subject).stream().findFirst();
    }

    /** Moves the subject's clock to this change. */
    public void applied(ChangeEnvelope change) {
        jdbc.update("insert into gp_subject_clock (subject, source_time, source, change_id) values (?, ?, ?, ?)"
                        + " on conflict (subject) do update set source_time = excluded.source_time,"
                        + " source = excluded.source, change_id = excluded.change_id",
                change.change().subject(), Sql.ts(change.provenance().sourceTime()), change.provenance().source(),
                change.changeId());
    }
}
