package no.samport.directory.gp.service;

import no.samport.directory.gp.jdbc.JdbcChangeLedger;
import no.samport.directory.gp.jdbc.JdbcFindings;
import no.samport.directory.gp.jdbc.JdbcGpContracts;
import no.samport.directory.gp.jdbc.JdbcListEvents;
import no.samport.directory.gp.jdbc.JdbcListLoader;
import no.samport.directory.gp.jdbc.JdbcMemberships;
import no.samport.directory.gp.jdbc.JdbcReportedFigures;
import no.samport.directory.gp.jdbc.JdbcWaitingList;
import org.springframework.jdbc.core.JdbcTemplate;

/** The GP data's tables, one repository each. */
public record GpRepositories(JdbcGpContracts contracts, JdbcMemberships memberships, JdbcListEvents events,
                             JdbcListLoader loader, JdbcWaitingList waiting, JdbcChangeLedger ledger,
                             JdbcFindings findings, JdbcReportedFigures figures) {

    public static GpRepositories on(JdbcTemplate jdbc) {
        return new GpRepositories(new JdbcGpContracts(jdbc), new JdbcMemberships(jdbc), new JdbcListEvents(jdbc),
                new JdbcListLoader(jdbc), new JdbcWaitingList(jdbc), new JdbcChangeLedger(jdbc),
                new JdbcFindings(jdbc), new JdbcReportedFigures(jdbc));
    }
}
