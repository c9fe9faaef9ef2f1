package no.samport.gateway.gplists;

import no.samport.directory.gp.GpListsProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * The GP lists' timer: every {@code samport.gp-lists.distribution-interval} a distribution pass writes what is due into
 * the outbox, and the outbox pass hands it (and retries that are due) to the endpoints at once. One route, so the two
 * passes never run at the same time and a document is never handed over twice by one node.
 */
public final class GpListRoutes extends RouteBuilder {

    private final DistributionRunner distribution;
    private final OutboxDelivery outbox;
    private final GpListsProperties properties;

    public GpListRoutes(DistributionRunner distribution, OutboxDelivery outbox, GpListsProperties properties) {
        this.distribution = distribution;
        this.outbox = outbox;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long period = Math.max(100, properties.getDistributionInterval().toMillis());
        from("timer:gp-list-distribution?fixedRate=false&delay=" + period + "&period=" + period)
                .routeId("gp-list-distribution")
                .bean(distribution, "run")
                .bean(outbox, "deliverDue");
    }
}
