package no.samport.directory.gp.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The recruitment reviews the municipality was told are due (GL-07): one per contract and vacancy. */
public final class JdbcRecruitmentReviews {

    private final JdbcTemplate jdbc;

    public JdbcRecruitmentReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the review of this vacancy as noticed; false when it was already (the notice went before). */
    public boolean claim(String contractId, LocalDate vacantSince, int adverts, Instant now) {
        return jdbc.update("insert into gp_recruitment_review (contract_id, vacant_since, adverts, noticed_at)"
                + " values (?, ?, ?, ?) on conflict do nothing", contractId, vacantSince, adverts, Sql.ts(now)) == 1;
    }
}
