package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Findings an operator must see: contradictions, out-of-order changes, disagreeing sources, compliance findings. No
 * patient data; a compliance finding names the doctor by HPR number only.
 */
public final class JdbcFindings {

    /** Kinds of finding. */
    public enum Kind {
        /** A change contradicted the stored state and was not applied. */
        CONTRADICTION,
        /** A change older than one already applied to the same subject arrived late and was not applied. */
        OUT_OF_ORDER,
        /** Two sources disagree about a list or a figure. */
        RECONCILIATION,
        /** Imported data that breaks a rule the municipality answers for (GL-20 competence); it was still imported. */
        COMPLIANCE,
        /** Data that is valid but needs an operator (no recipient configured, a recruitment review due ...). */
        NOTICE
    }

    /** One finding. */
    public record Finding(long id, Kind kind, String contractId, String source, String changeId, String detail,
                          Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    public JdbcFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long add(Kind kind, String contractId, String source, String changeId, String detail, Instant now) {
        return jdbc.queryForObject("insert into gp_finding (kind, contract_id, source, change_id, detail, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, kind.name(), contractId, source,
                changeId, detail, Sql.ts(now));
    }

    /** The newest findings, of one kind or all when {@code kind} is null. */
    public List<Finding> newest(Kind kind, int limit) {
        return jdbc.query("select id, kind, contract_id, source, change_id, detail, created_at from gp_finding"
                        + " where (?::text is null or kind = ?) order by id desc limit ?",
                (rs, row) -> new Finding(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("contract_id"), rs.getString("source"), rs.getString("change_id"),
                        rs.getString("detail"), Sql.instant(rs, "created_at")),
                kind == null ? null : kind.name(), kind == null ? null : kind.name(), limit);
    }
}
