package no.samport.gateway.gplists;

import no.samport.directory.gp.GpListsProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * Timers for the GP lists: a distribution pass and an outbox delivery pass every
 * {@code samport.gp-lists.distribution-interval}.
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
                .bean(distribution, "run");
        from("timer:gp-list-outbox?fixedRate=false&delay=" + period + "&period=" + period)
                .routeId("gp-list-outbox")
                .bean(outbox, "deliverDue");
    }
}
