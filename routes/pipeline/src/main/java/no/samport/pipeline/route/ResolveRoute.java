package no.samport.pipeline.route;

import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.ResolveStep;
import org.apache.camel.builder.RouteBuilder;

/** Resolve: {@code samport.canonical} -> receiver and endpoint from the directory -> {@code samport.resolved}. */
public final class ResolveRoute extends RouteBuilder {

    private final ResolveStep step;
    private final PipelineProperties properties;

    public ResolveRoute(ResolveStep step, PipelineProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.CANONICAL, properties.getConcurrentConsumers())).routeId("resolve")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "resolve(${header." + Queues.TRACKING_ID_HEADER + "})");
    }
}
