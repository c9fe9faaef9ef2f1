package no.samport.pipeline.route;

import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.EndpointMetrics;
import no.samport.pipeline.PipelineProperties;
import no.samport.pipeline.Queues;
import no.samport.pipeline.endpoint.Endpoint;
import no.samport.pipeline.endpoint.Endpoints;
import no.samport.pipeline.step.DeliverStep;
import no.samport.plugin.api.TransportRefusedException;
import org.apache.camel.builder.RouteBuilder;

/**
 * Deliver: one route per endpoint that can send, from {@code samport.deliver.<endpoint>} through the adapter's
 * outbound transport. A transport failure is recorded, then rolled back for the broker to redeliver with backoff;
 * after the last attempt the broker dead-letters it. A refusal for good ({@link TransportRefusedException}) is not
 * retried: the message becomes FAILED at once, ready for reprocessing once the cause is fixed.
 */
public final class DeliverRoutes extends RouteBuilder {

    static final String PLAN_SENDS = "samport.plan.sends";

    private final Endpoints endpoints;
    private final DeliverStep step;
    private final PipelineProperties properties;
    private final EndpointMetrics metrics;

    public DeliverRoutes(Endpoints endpoints, DeliverStep step, PipelineProperties properties, EndpointMetrics metrics) {
        this.endpoints = endpoints;
        this.step = step;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        for (Endpoint endpoint : endpoints.all()) {
            endpoint.adapter().outboundUri(endpoint.settings()).ifPresent(uri -> deliverRoute(endpoint, uri));
        }
    }

    private void deliverRoute(Endpoint endpoint, String outboundUri) {
        String id = endpoint.id();
        String trackingId = "${header." + Queues.TRACKING_ID_HEADER + "}";
        String kind = "${header." + Queues.DELIVERY_KIND_HEADER + "}";
        String noticeUri = endpoint.adapter().rejectionNoticeUri(endpoint.settings()).orElse(null);

        from(QueueUris.consumer(Queues.deliver(id), properties.getDeliveryConsumers())).routeId("deliver-" + id)
                .routeConfigurationId(PipelineErrorHandling.ID)
                .onException(TransportRefusedException.class).handled(true)
                    .bean(step, "refused(" + trackingId + ", '" + id + "', ${exception.message})")
                .end()
                .onException(Exception.class).handled(false)
                    .bean(step, "attemptFailed(" + trackingId + ", '" + id + "', ${header.JMSXDeliveryCount}, "
                            + "${exception.message})")
                .end()
                .process(new DeliveryPlanProcessor(step, id))
                .filter(exchangeProperty(PLAN_SENDS))
                    .choice()
                        .when(header(Queues.DELIVERY_KIND_HEADER).isEqualTo(DeliveryKind.NOTICE.name()))
                            .to(noticeUri != null ? noticeUri : "log:no.samport.notices?level=WARN&showBody=false")
                        .otherwise()
                            .process(TransportTiming.start())
                            .to(outboundUri)
                            .process(TransportTiming.stop(metrics, id))
                    .end()
                    .bean(step, "handedOver(" + trackingId + ", '" + id + "', " + kind + ")")
                .end();
    }
}
