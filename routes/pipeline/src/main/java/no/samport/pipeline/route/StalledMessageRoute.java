package no.samport.pipeline.route;

import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.step.StalledMessageSweeper;
import org.apache.camel.builder.RouteBuilder;

/** Stalled messages: every {@code samport.pipeline.stalled-check-interval}, re-queues messages stuck between stages. */
public final class StalledMessageRoute extends RouteBuilder {

    private final StalledMessageSweeper sweeper;
    private final PipelineProperties properties;

    public StalledMessageRoute(StalledMessageSweeper sweeper, PipelineProperties properties) {
        this.sweeper = sweeper;
        this.properties = properties;
    }

    @Override
    public void configure() {
        long period = properties.getStalledCheckInterval().toMillis();
        from("timer:stalled-messages?delay=" + period + "&period=" + period).routeId("stalled-messages")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(sweeper, "sweep");
    }
}
