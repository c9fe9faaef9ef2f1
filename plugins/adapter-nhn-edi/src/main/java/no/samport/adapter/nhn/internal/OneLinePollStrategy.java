package no.samport.adapter.nhn.internal;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a failed poll of the NHN inbox as one line (what failed, not a stack trace on every poll while NHN is down);
 * the consumer's backoff then spaces out further polls.
 */
final class OneLinePollStrategy implements PollingConsumerPollStrategy {

    private static final Logger log = LoggerFactory.getLogger(OneLinePollStrategy.class);

    private final String endpointId;

    OneLinePollStrategy(String endpointId) {
        this.endpointId = endpointId;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        // nothing to do: each message was marked read as soon as Samport had stored it
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        log.warn("NHN endpoint {}: polling the inbox failed, trying again later: {}", endpointId, cause.getMessage());
        return false;
    }
}
