package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joins and leaves on GP lists, for the list changes each GP office is sent. An event is marked distributed once it
 * went out; events still being written by another transaction are simply picked up by the next run.
 */
public final class JdbcListEvents {

    /** A join or a leave. */
    public enum Kind { JOINED, LEFT }

    /** One event. */
    public record ListEvent(long id, String contractId, long membershipId, Kind kind, LocalDate date) {
    }

    private final JdbcTemplate jdbc;

    public JdbcListEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String contractId, long membershipId, Kind kind, LocalDate date, Instant now) {
        jdbc.update("insert into gp_list_event (contract_id, membership_id, kind, event_date, created_at)"
                + " values (?, ?, ?, ?, ?)", contractId, membershipId, kind.name(), date, Sql.ts(now));
    }

    /** Events on these lists not yet distributed, oldest first, locked for this transaction. */
    public List<ListEvent> pending(Collection<String> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, contract_id, membership_id, kind, event_date from gp_list_event"
                        + " where distributed_at is null and contract_id = any (?) order by id for update skip locked",
                (rs, row) -> new ListEvent(rs.getLong("id"), rs.getString("contract_id"), rs.getLong("membership_id"),
                        Kind.valueOf(rs.getString("kind")), Sql.date(rs, "event_date")),
                (Object) contractIds.toArray(String[]::new));
    }

    public void distributed(Collection<Long> eventIds, Instant now) {
        if (!eventIds.isEmpty()) {
            jdbc.update("update gp_list_event set distributed_at = ? where id = any (?)", Sql.ts(now),
                    eventIds.toArray(Long[]::new));
        }
    }
}
