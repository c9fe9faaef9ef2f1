package no.samport.gateway.gplists;

import java.time.Clock;
import java.util.Optional;
import no.samport.directory.gp.GpListsProperties;
import no.samport.directory.gp.jdbc.JdbcGpOutbox;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.plugin.api.Adapter;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands due outbox documents to their endpoint's transport (the same outbound transport messages use). A refused
 * document is tried again after {@code samport.gp-lists.outbox-retry-delay}; after {@code outbox-max-attempts} it is
 * FAILED and stays so until an operator retries it.
 */
public final class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 50;

    private final JdbcGpOutbox outbox;
    private final Endpoints endpoints;
    private final ProducerTemplate producer;
    private final GpListsProperties properties;
    private final Clock clock;

    public OutboxDelivery(JdbcGpOutbox outbox, Endpoints endpoints, ProducerTemplate producer,
                          GpListsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.producer = producer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the documents that are due; returns how many were handed over. */
    public int deliverDue() {
        int sent = 0;
        for (JdbcGpOutbox.Entry entry : outbox.due(clock.instant(), BATCH)) {
            Optional<String> uri = endpoints.find(entry.endpoint())
                    .flatMap(e -> e.adapter().outboundUri(e.settings()));
            if (uri.isEmpty()) {
                failed(entry, "endpoint " + entry.endpoint() + " is not configured, is disabled or cannot send");
                continue;
            }
            try {
                producer.sendBodyAndHeader(uri.get(), outbox.payload(entry.id()), Adapter.OUTBOUND_NAME_HEADER,
                        entry.name());
                outbox.sent(entry.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                failed(entry, e.getMessage());
            }
        }
        return sent;
    }

    private void failed(JdbcGpOutbox.Entry entry, String reason) {
        log.warn("GP-list document {} ({}) for endpoint {} not delivered: {}", entry.id(), entry.kind(),
                entry.endpoint(), reason);
        outbox.attemptFailed(entry.id(), reason, clock.instant(), properties.getOutboxRetryDelay(),
                properties.getOutboxMaxAttempts());
    }
}
