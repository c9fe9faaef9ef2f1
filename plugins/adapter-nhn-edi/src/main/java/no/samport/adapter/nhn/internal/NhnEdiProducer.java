package no.samport.adapter.nhn.internal;

import java.util.UUID;
import no.samport.adapter.nhn.NhnApiException;
import no.samport.adapter.nhn.NhnMessageClient;
import no.samport.plugin.api.TransportRefusedException;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends each exchange's body (a MsgHead or AppRec document) with {@code POST /Messages}. A 4xx answer is a refusal
 * for good ({@link TransportRefusedException}); anything else that fails is left to the broker to retry.
 */
final class NhnEdiProducer extends DefaultProducer {

    /** Header set after sending: NHN's id of the message. */
    static final String NHN_MESSAGE_ID = "SamportNhnMessageId";

    private final NhnMessageClient client;

    NhnEdiProducer(NhnEdiEndpoint endpoint, NhnMessageClient client) {
        super(endpoint);
        this.client = client;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        byte[] document = exchange.getIn().getMandatoryBody(byte[].class);
        try {
            UUID id = client.send(document);
            exchange.getIn().setHeader(NHN_MESSAGE_ID, id.toString());
        } catch (NhnApiException e) {
            if (e.isRefusal()) {
                throw new TransportRefusedException(e.getMessage(), e);
            }
            throw e;
        }
    }
}
