package no.samport.pipeline.route;

import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.PolicyStep;
import org.apache.camel.builder.RouteBuilder;

/** Policy: {@code samport.resolved} -> task-sharing rules -> {@code samport.deliver.<endpoint>}. */
public final class PolicyRoute extends RouteBuilder {

    private final PolicyStep step;
    private final PipelineProperties properties;

    public PolicyRoute(PolicyStep step, PipelineProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.RESOLVED, properties.getConcurrentConsumers())).routeId("policy")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "apply(${header." + Queues.TRACKING_ID_HEADER + "})");
    }
}
