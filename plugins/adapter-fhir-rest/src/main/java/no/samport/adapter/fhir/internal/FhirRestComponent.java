package no.samport.adapter.fhir.internal;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samport.adapter.fhir.FhirInbox;
import no.samport.adapter.fhir.FhirRestSettings;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * The Camel component {@code fhir-rest:<endpoint-id>}: producing posts a message bundle to the endpoint's
 * {@code $process-message}; consuming takes what Samport's own {@code $process-message} receives for the endpoint.
 */
public final class FhirRestComponent extends DefaultComponent {

    public static final String SCHEME = "fhir-rest";

    private final FhirInbox inbox;
    private final Map<String, FhirRestSettings> settings = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    public FhirRestComponent(FhirInbox inbox) {
        this.inbox = inbox;
    }

    /** Makes an endpoint's settings known before its URI is used. */
    public void register(String endpointId, FhirRestSettings endpointSettings) {
        settings.put(endpointId, endpointSettings);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        FhirRestSettings endpointSettings = settings.get(remaining);
        if (endpointSettings == null) {
            throw new IllegalArgumentException("No FHIR REST endpoint '" + remaining + "' is configured (" + uri + ")");
        }
        return new FhirRestEndpoint(uri, this, remaining, endpointSettings, inbox, http);
    }
}
