package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Figures sources report about lists and municipalities (listed, leavers, waiting ...), one per source and period. */
public final class JdbcReportedFigures {

    /** One reported figure. */
    public record Figure(String source, String subject, String metric, String period, long value, Instant reportedAt) {
    }

    private final JdbcTemplate jdbc;

    public JdbcReportedFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a figure; a later report of the same figure by the same source replaces it. */
    public void record(Figure figure) {
        jdbc.update("insert into gp_reported_figure (source, subject, metric, period, value, reported_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (source, subject, metric, period) do update set"
                        + " value = excluded.value, reported_at = excluded.reported_at",
                figure.source(), figure.subject(), figure.metric(), figure.period(), figure.value(),
                Sql.ts(figure.reportedAt()));
    }

    public List<Figure> all() {
        return jdbc.query("select source, subject, metric, period, value, reported_at from gp_reported_figure"
                        + " order by subject, metric, period, source",
                (rs, row) -> new Figure(rs.getString("source"), rs.getString("subject"), rs.getString("metric"),
                        rs.getString("period"), rs.getLong("value"), Sql.instant(rs, "reported_at")));
    }
}
