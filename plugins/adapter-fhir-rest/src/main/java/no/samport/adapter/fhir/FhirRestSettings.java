package no.samport.adapter.fhir;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.SettingsProblems;

/**
 * An endpoint's FHIR REST settings ({@code samport.endpoints.<id>.properties.*}).
 *
 * @param baseUrl        the receiving system's FHIR base URL; messages go to {@code <base-url>/$process-message}
 * @param requestTimeout timeout of one request
 * @param bearerToken    a token sent as {@code Authorization: Bearer}, or null; how a site authenticates is agreed
 *                       with the receiving system
 */
public record FhirRestSettings(URI baseUrl, Duration requestTimeout, String bearerToken) {

    public static List<String> problems(EndpointSettings endpoint) {
        return SettingsProblems.of(endpoint)
                .required("base-url", "the receiving system's FHIR base URL")
                .httpUrl("base-url")
                .wholeNumber("request-timeout", 1)
                .list();
    }

    public static FhirRestSettings of(EndpointSettings endpoint) {
        String token = endpoint.properties().get("bearer-token");
        return new FhirRestSettings(URI.create(endpoint.properties().get("base-url").strip().replaceAll("/+$", "")),
                Duration.ofMillis(Long.parseLong(endpoint.property("request-timeout", "30000").strip())),
                token == null || token.isBlank() ? null : token.strip());
    }

    /** Where messages for this endpoint are posted. */
    public URI processMessageUri() {
        return URI.create(baseUrl + "/$process-message");
    }
}
