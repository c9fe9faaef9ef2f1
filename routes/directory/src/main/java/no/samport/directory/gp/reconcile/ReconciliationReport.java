package no.samport.directory.gp.reconcile;

import java.time.Instant;
import java.util.List;
import no.samport.directory.gp.jdbc.JdbcFindings.Finding;

/**
 * Where sources disagree: figures (with each source's value, Samport's count and the winner by precedence) and whole
 * lists compared member by member (as counts). No personal data.
 *
 * @param generatedAt   when the report was made
 * @param precedence    the configured source precedence
 * @param figures       disagreeing figures
 * @param listFindings  lists on which a source's whole list and Samport's differ, newest first
 */
public record ReconciliationReport(Instant generatedAt, List<String> precedence, List<Discrepancy> figures,
                                   List<Finding> listFindings) {
}
