package no.samport.directory.gp.jdbc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Listed persons counted by home municipality and list municipality: counts only, never persons. */
public final class JdbcResidents {

    private final JdbcTemplate jdbc;

    public JdbcResidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** home municipality -> list municipality -> persons listed on that day. */
    public Map<String, Map<String, Long>> byHomeAndList(LocalDate day) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query("select coalesce(m.home_municipality, p.home_municipality, 'unknown') as home, c.municipality,"
                + " count(*) as n from gp_membership m join gp_contract c on c.id = m.contract_id"
                + " join gp_patient p on p.nin = m.patient_nin"
                + " where m.valid_from <= ? and (m.valid_to is null or m.valid_to >= ?) group by 1, 2", rs -> {
                    counts.computeIfAbsent(rs.getString("home"), k -> new HashMap<>())
                            .put(rs.getString("municipality"), rs.getLong("n"));
                }, day, day);
        return counts;
    }
}
