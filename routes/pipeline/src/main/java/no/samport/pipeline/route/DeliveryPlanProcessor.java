package no.samport.pipeline.route;

import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.Queues;
import no.samport.pipeline.step.DeliverStep;
import no.samport.pipeline.step.DeliveryPlan;
import no.samport.plugin.api.Adapter;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Puts the delivery plan's bytes and name on the exchange, or marks it as sending nothing. */
final class DeliveryPlanProcessor implements Processor {

    private final DeliverStep step;
    private final String endpointId;

    DeliveryPlanProcessor(DeliverStep step, String endpointId) {
        this.step = step;
        this.endpointId = endpointId;
    }

    @Override
    public void process(Exchange exchange) {
        String trackingId = exchange.getIn().getHeader(Queues.TRACKING_ID_HEADER, String.class);
        String kindName = exchange.getIn().getHeader(Queues.DELIVERY_KIND_HEADER, DeliveryKind.MESSAGE.name(), String.class);
        DeliveryKind kind = DeliveryKind.valueOf(kindName);
        exchange.getIn().setHeader(Queues.DELIVERY_KIND_HEADER, kind.name());
        DeliveryPlan plan = step.plan(trackingId, endpointId, kind);
        exchange.setProperty(DeliverRoutes.PLAN_SENDS, plan.sends());
        if (plan.sends()) {
            exchange.getIn().setBody(plan.payload());
            exchange.getIn().setHeader(Adapter.OUTBOUND_NAME_HEADER, plan.name());
        }
    }
}
