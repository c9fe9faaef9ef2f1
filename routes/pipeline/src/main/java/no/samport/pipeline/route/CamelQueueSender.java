package no.samport.pipeline.route;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.samport.pipeline.DeliveryKind;
import no.samport.pipeline.QueueSender;
import no.samport.pipeline.Queues;
import org.apache.camel.ProducerTemplate;

/**
 * Sends through Camel's JMS component on the caller's thread, so a send from a transacted consumer uses that
 * consumer's session and commits or rolls back with it.
 */
public final class CamelQueueSender implements QueueSender {

    private final ProducerTemplate template;

    public CamelQueueSender(ProducerTemplate template) {
        this.template = template;
    }

    @Override
    public void send(String queue, String trackingId) {
        template.sendBodyAndHeaders(QueueUris.producer(queue), trackingId, headers(queue, trackingId));
    }

    @Override
    public void deliver(String endpointId, String trackingId, String conversationKey, DeliveryKind kind) {
        String queue = Queues.deliver(endpointId);
        Map<String, Object> headers = headers(queue, trackingId);
        headers.put(Queues.GROUP_HEADER, conversationKey);
        headers.put(Queues.DELIVERY_KIND_HEADER, kind.name());
        template.sendBodyAndHeaders(QueueUris.producer(queue), trackingId, headers);
    }

    @Override
    public void deliverLater(String endpointId, String trackingId, String conversationKey, Duration wait) {
        String queue = Queues.deliver(endpointId);
        Map<String, Object> headers = headers(queue, trackingId);
        headers.put(Queues.GROUP_HEADER, conversationKey);
        headers.put(Queues.DELIVERY_KIND_HEADER, DeliveryKind.MESSAGE.name());
        // the broker's clock decides when a scheduled entry is due
        headers.put(Queues.SCHEDULED_DELIVERY_HEADER, System.currentTimeMillis() + wait.toMillis());
        template.sendBodyAndHeaders(QueueUris.producer(queue), trackingId, headers);
    }

    private static Map<String, Object> headers(String queue, String trackingId) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Queues.TRACKING_ID_HEADER, trackingId);
        headers.put(Queues.QUEUE_HEADER, queue);
        return headers;
    }
}
