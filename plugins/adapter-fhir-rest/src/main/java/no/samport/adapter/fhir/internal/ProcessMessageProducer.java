package no.samport.adapter.fhir.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.samport.adapter.fhir.FhirRestSettings;
import no.samport.plugin.api.TransportRefusedException;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Posts each exchange's body (a FHIR message bundle in JSON) to the receiver's {@code $process-message}. 2xx: handed
 * over. 4xx: refused for good ({@link TransportRefusedException}, with the server's OperationOutcome diagnostics
 * shortened). Anything else fails the exchange, for the broker to retry with backoff.
 */
final class ProcessMessageProducer extends DefaultProducer {

    private static final int MAX_DETAIL = 300;

    private final FhirRestSettings settings;
    private final HttpClient http;

    ProcessMessageProducer(FhirRestEndpoint endpoint, FhirRestSettings settings, HttpClient http) {
        super(endpoint);
        this.settings = settings;
        this.http = http;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.processMessageUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/fhir+json; charset=UTF-8")
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(exchange.getIn().getMandatoryBody(byte[].class)));
        if (settings.bearerToken() != null) {
            request.header("Authorization", "Bearer " + settings.bearerToken());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("FHIR $process-message at " + settings.processMessageUri() + " cannot be reached: "
                    + e.getClass().getSimpleName(), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = "FHIR $process-message at " + settings.processMessageUri() + " answered " + status + ": "
                + diagnostics(response.body());
        if (status >= 400 && status < 500) {
            throw new TransportRefusedException(detail);
        }
        throw new IOException(detail);
    }

    /** The OperationOutcome's diagnostics text, never the message sent. */
    private static String diagnostics(String body) {
        if (body == null) {
            return "(no body)";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"diagnostics\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        String text = m.find() ? m.group(1) : "(no diagnostics)";
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
    }
}
