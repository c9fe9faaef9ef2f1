package no.samport.pipeline.route;

import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.DecodeStep;
import org.apache.camel.builder.RouteBuilder;

/** Decode: {@code samport.intake} -> canonical FHIR -> {@code samport.canonical} or {@code samport.receipts}. */
public final class DecodeRoute extends RouteBuilder {

    private final DecodeStep step;
    private final PipelineProperties properties;

    public DecodeRoute(DecodeStep step, PipelineProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.INTAKE, properties.getConcurrentConsumers())).routeId("decode")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "decode(${header." + Queues.TRACKING_ID_HEADER + "})");
    }
}
