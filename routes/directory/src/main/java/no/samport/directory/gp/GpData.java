package no.samport.directory.gp;

import no.samport.directory.gp.jdbc.JdbcDistributionCursors;
import no.samport.directory.gp.jdbc.JdbcGpOutbox;
import no.samport.directory.gp.jdbc.JdbcResidents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the GP-list services share besides the list tables: transactions, municipality settings, the outbox, the
 * distribution cursors and the resident counts.
 */
public record GpData(TransactionTemplate tx, MunicipalitySettings municipalities, JdbcGpOutbox outbox,
                     JdbcDistributionCursors cursors, JdbcResidents residents) {
}
