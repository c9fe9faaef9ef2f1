package no.samport.adapter.nhn.internal;

import no.samport.adapter.nhn.NhnClients;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;

/** One Samport endpoint at NHN: its inbox poller and its sender. */
final class NhnEdiEndpoint extends DefaultEndpoint {

    private final String endpointId;
    private final NhnClients.Connection connection;

    NhnEdiEndpoint(String uri, NhnEdiComponent component, String endpointId, NhnClients.Connection connection) {
        super(uri, component);
        this.endpointId = endpointId;
        this.connection = connection;
    }

    @Override
    public Producer createProducer() {
        return new NhnEdiProducer(this, connection.client());
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        NhnInboxConsumer consumer = new NhnInboxConsumer(this, processor, connection.client(), endpointId);
        consumer.setDelay(connection.settings().pollInterval().toMillis());
        consumer.setInitialDelay(Math.min(1000, connection.settings().pollInterval().toMillis()));
        // after three failed polls in a row, skip polls: 2, then 3 ... at most 10 intervals between attempts
        consumer.setBackoffErrorThreshold(3);
        consumer.setBackoffMultiplier(10);
        consumer.setPollStrategy(new OneLinePollStrategy(endpointId));
        configureConsumer(consumer);
        return consumer;
    }
}
