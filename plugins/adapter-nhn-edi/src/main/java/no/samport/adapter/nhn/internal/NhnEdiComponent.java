package no.samport.adapter.nhn.internal;

import java.util.Map;
import no.samport.adapter.nhn.NhnClients;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The Camel component {@code nhn-edi:<endpoint-id>}: consuming polls the NHN inbox of that Samport endpoint, producing
 * sends a business document. The endpoint's settings come from its {@link NhnClients} connection, not the URI.
 */
public final class NhnEdiComponent extends DefaultComponent {

    public static final String SCHEME = "nhn-edi";

    private final NhnClients clients;

    public NhnEdiComponent(NhnClients clients) {
        this.clients = clients;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        NhnClients.Connection connection = clients.find(remaining).orElseThrow(() -> new IllegalArgumentException(
                "No NHN endpoint '" + remaining + "' is configured (" + uri + ")"));
        return new NhnEdiEndpoint(uri, this, remaining, connection);
    }
}
