package no.samport.pipeline.route;

import no.samport.pipeline.EndpointMetrics;
import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.step.IntakeStep;
import org.apache.camel.builder.RouteBuilder;

/** Intake: one route per endpoint that can receive, from its adapter's inbound transport into the store. */
public final class IntakeRoutes extends RouteBuilder {

    private final Endpoints endpoints;
    private final IntakeStep intake;
    private final PipelineProperties properties;
    private final EndpointMetrics metrics;

    public IntakeRoutes(Endpoints endpoints, IntakeStep intake, PipelineProperties properties, EndpointMetrics metrics) {
        this.endpoints = endpoints;
        this.intake = intake;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        for (Endpoint endpoint : endpoints.all()) {
            endpoint.adapter().inboundUri(endpoint.settings()).ifPresent(uri ->
                    from(uri).routeId("intake-" + endpoint.id())
                            .routeConfigurationId(PipelineErrorHandling.ID)
                            .process(new IntakeProcessor(intake, endpoint.id(), properties.getMaxStoredSize().toBytes()))
                            .bean(metrics, "received('" + endpoint.id() + "')"));
        }
    }
}
