package no.samport.adapter.fhir.internal;

import no.samport.adapter.fhir.FhirInbox;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.support.DefaultConsumer;

/**
 * Takes the messages Samport's {@code $process-message} receives for one endpoint, synchronously: the HTTP caller
 * gets its answer only after the exchange completed, and an error when it failed, so it keeps and resends the
 * message.
 */
final class InboxConsumer extends DefaultConsumer {

    private final FhirInbox inbox;
    private final String endpointId;

    InboxConsumer(FhirRestEndpoint endpoint, Processor processor, FhirInbox inbox, String endpointId) {
        super(endpoint, processor);
        this.inbox = inbox;
        this.endpointId = endpointId;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        inbox.open(endpointId, this::receive);
    }

    @Override
    protected void doStop() throws Exception {
        inbox.close(endpointId);
        super.doStop();
    }

    private void receive(byte[] message) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getIn().setBody(message);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, "fhir-" + exchange.getExchangeId());
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                throw new RuntimeCamelException(exchange.getException());
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new RuntimeCamelException(e);
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
