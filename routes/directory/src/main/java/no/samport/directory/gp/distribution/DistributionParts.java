package no.samport.directory.gp.distribution;

import java.time.Clock;
import no.samport.directory.gp.service.GpRepositories;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every pass that sends GP-list documents uses: the stored lists, the FHIR messages built from them, who
 * receives them, the outbox, a transaction per recipient and the clock.
 */
public record DistributionParts(GpRepositories repositories, ListMessages messages, Recipients recipients,
                                OutboxWriter outbox, TransactionTemplate tx, Clock clock) {
}
