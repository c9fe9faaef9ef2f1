package no.samport.pipeline.route;

import java.time.Duration;
import no.samport.pipeline.step.WaitingForGp;
import org.apache.camel.builder.RouteBuilder;

/**
 * Messages waiting for a GP list (GL-12): every {@code samport.gp-lists.hold-check-interval}, resolves again those
 * whose patient has a list now and those whose wait ran out. Every node may run it; each message moves on once.
 */
public final class WaitingForGpRoute extends RouteBuilder {

    private final WaitingForGp waiting;
    private final Duration interval;

    public WaitingForGpRoute(WaitingForGp waiting, Duration interval) {
        this.waiting = waiting;
        this.interval = interval;
    }

    @Override
    public void configure() {
        long period = interval.toMillis();
        from("timer:waiting-for-gp-list?delay=" + period + "&period=" + period).routeId("waiting-for-gp-list")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(waiting, "check");
    }
}
