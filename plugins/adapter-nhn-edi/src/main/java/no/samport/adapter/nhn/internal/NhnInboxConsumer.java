package no.samport.adapter.nhn.internal;

import no.samport.adapter.nhn.NhnMessage;
import no.samport.adapter.nhn.NhnMessageClient;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The receive cycle: list unread messages, fetch each business document, hand it to Samport (which stores it), and
 * only then mark it read at NHN. A failure before marking leaves the message unread, so the next poll fetches it
 * again; a crash between storing and marking at worst fetches it twice, and Samport drops the duplicate by
 * (sender, MsgId).
 */
final class NhnInboxConsumer extends ScheduledPollConsumer {

    private static final Logger log = LoggerFactory.getLogger(NhnInboxConsumer.class);

    private final NhnMessageClient client;
    private final String endpointId;

    NhnInboxConsumer(NhnEdiEndpoint endpoint, Processor processor, NhnMessageClient client, String endpointId) {
        super(endpoint, processor);
        this.client = client;
        this.endpointId = endpointId;
    }

    @Override
    protected int poll() throws Exception {
        int taken = 0;
        for (NhnMessage message : client.unread()) {
            if (!isRunAllowed()) {
                break;
            }
            byte[] document = client.businessDocument(message.id());
            Exchange exchange = createExchange(false);
            exchange.getIn().setBody(document);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, "nhn-" + message.id());
            exchange.getIn().setHeader(NhnEdiProducer.NHN_MESSAGE_ID, message.id().toString());
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                log.warn("NHN endpoint {}: message {} was not stored and stays unread at NHN: {}", endpointId,
                        message.id(), exchange.getException().getMessage());
                releaseExchange(exchange, false);
                continue;
            }
            releaseExchange(exchange, false);
            client.markRead(message.id(), message.receiverHerId());
            taken++;
        }
        return taken;
    }
}
