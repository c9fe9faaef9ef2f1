package no.samport.adapter.fhir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.samport.plugin.api.AdapterHealth;

/** Asks a FHIR server for its CapabilityStatement ({@code GET [base]/metadata}), within five seconds. */
final class CapabilityCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final FhirRestSettings settings;

    CapabilityCheck(FhirRestSettings settings) {
        this.settings = settings;
    }

    AdapterHealth check() {
        URI metadata = URI.create(settings.baseUrl() + "/metadata");
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(metadata).timeout(TIMEOUT)
                    .header("Accept", "application/fhir+json").GET();
            if (settings.bearerToken() != null) {
                request.header("Authorization", "Bearer " + settings.bearerToken());
            }
            int status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? AdapterHealth.up("FHIR server at " + settings.baseUrl() + " answers")
                    : AdapterHealth.down("FHIR server at " + settings.baseUrl() + " answered " + status + " to /metadata");
        } catch (IOException e) {
            return AdapterHealth.down("FHIR server at " + settings.baseUrl() + " cannot be reached: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AdapterHealth.down("interrupted");
        }
    }
}
