package no.samport.pipeline.route;

import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.ReceiptStep;
import org.apache.camel.builder.RouteBuilder;

/** Receipts: {@code samport.receipts} -> correlated with the original -> forwarded to the original sender. */
public final class ReceiptRoute extends RouteBuilder {

    private final ReceiptStep step;
    private final PipelineProperties properties;

    public ReceiptRoute(ReceiptStep step, PipelineProperties properties) {
        this.step = step;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(QueueUris.consumer(Queues.RECEIPTS, properties.getConcurrentConsumers())).routeId("receipts")
                .routeConfigurationId(PipelineErrorHandling.ID)
                .bean(step, "correlate(${header." + Queues.TRACKING_ID_HEADER + "})");
    }
}
