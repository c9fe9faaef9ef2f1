package no.samport.directory.gp.jdbc;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Per recipient: the capacity figures it last got and the month of its last full list. */
public final class JdbcDistributionCursors {

    /** A recipient's position. */
    public record Cursor(String capacityDigest, String fullListMonth) {
    }

    private final JdbcTemplate jdbc;

    public JdbcDistributionCursors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The recipient's cursor, locked for this transaction; empty for a recipient never sent anything. */
    public Optional<Cursor> lock(String herId) {
        return jdbc.query("select capacity_digest, full_list_month from gp_distribution_cursor"
                        + " where recipient_her_id = ? for update",
                (rs, row) -> new Cursor(rs.getString(1), rs.getString(2)), herId).stream().findFirst();
    }

    public void save(String herId, Cursor cursor) {
        jdbc.update("insert into gp_distribution_cursor (recipient_her_id, capacity_digest, full_list_month)"
                        + " values (?, ?, ?) on conflict (recipient_her_id) do update set"
                        + " capacity_digest = excluded.capacity_digest, full_list_month = excluded.full_list_month",
                herId, cursor.capacityDigest(), cursor.fullListMonth());
    }
}
