package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Joins and leaves on GP lists, in order, for the list changes each GP office is sent. */
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

    /** Events on the given lists after an event id, oldest first. */
    public List<ListEvent> after(long eventId, Collection<String> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, contract_id, membership_id, kind, event_date from gp_list_event"
                        + " where id > ? and contract_id = any (?) order by id",
                (rs, row) -> new ListEvent(rs.getLong("id"), rs.getString("contract_id"), rs.getLong("membership_id"),
                        Kind.valueOf(rs.getString("kind")), Sql.date(rs, "event_date")),
                eventId, contractIds.toArray(String[]::new));
    }

    /** The id of the latest event, 0 when there is none. */
    public long latestId() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from gp_list_event", Long.class);
        return id == null ? 0 : id;
    }
}
