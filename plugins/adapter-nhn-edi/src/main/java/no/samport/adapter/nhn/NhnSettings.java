package no.samport.adapter.nhn;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.SettingsProblems;

/**
 * An endpoint's NHN settings, from {@code samport.endpoints.<id>.properties.*}. See docs/presets and the README for
 * every key.
 *
 * @param baseUrl          the API's base URL, e.g. https://api.tjener.test.melding.nhn.no
 * @param receiverHerIds   the HER-ids whose incoming messages Samport polls for
 * @param sourceSystem     the {@code nhn-source-system} header: this client's name and version
 * @param apiVersion       the {@code api-version} header
 * @param pollInterval     time between polls of the inbox
 * @param messagesToFetch  messages listed per poll (1-100)
 * @param connectTimeout   TCP connect timeout
 * @param requestTimeout   timeout of one HTTP request
 * @param maxAttempts      attempts per call on a 5xx answer, timeout or broken connection (never on 4xx)
 * @param retryBackoff     wait before the second attempt; doubled for each further one
 */
public record NhnSettings(URI baseUrl, List<Integer> receiverHerIds, String sourceSystem, String apiVersion,
                          Duration pollInterval, int messagesToFetch, Duration connectTimeout, Duration requestTimeout,
                          int maxAttempts, Duration retryBackoff) {

    static final String DEFAULT_SOURCE_SYSTEM = "Samport, v" + version();

    /** The problems with an endpoint's properties, each naming its key. */
    public static List<String> problems(EndpointSettings endpoint) {
        SettingsProblems problems = SettingsProblems.of(endpoint)
                .required("base-url", "the NHN message API's base URL")
                .httpUrl("base-url")
                .required("receiver-her-ids", "the HER-ids (comma-separated) whose messages this endpoint receives")
                .wholeNumber("poll-interval", 100)
                .wholeNumber("messages-to-fetch", 1)
                .wholeNumber("connect-timeout", 1)
                .wholeNumber("request-timeout", 1)
                .wholeNumber("max-attempts", 1)
                .wholeNumber("retry-backoff", 0);
        String herIds = endpoint.properties().getOrDefault("receiver-her-ids", "");
        if (!herIds.isBlank() && !herIds.matches("\\s*\\d+(\\s*,\\s*\\d+)*\\s*")) {
            problems.add("receiver-her-ids", "is '" + herIds + "'; it must be HER-ids separated by commas");
        }
        String toFetch = endpoint.property("messages-to-fetch", "10").strip();
        if (toFetch.matches("\\d{1,9}") && Integer.parseInt(toFetch) > 100) {
            problems.add("messages-to-fetch", "is " + toFetch + "; it must be at most 100 (the API's limit)");
        }
        TokenSettings.problems(endpoint, problems);
        return problems.list();
    }

    /** Reads valid settings; call {@link #problems} first. */
    public static NhnSettings of(EndpointSettings endpoint) {
        return new NhnSettings(
                URI.create(endpoint.properties().get("base-url").strip().replaceAll("/+$", "")),
                Arrays.stream(endpoint.properties().get("receiver-her-ids").split(","))
                        .map(String::strip).map(Integer::valueOf).toList(),
                endpoint.property("source-system", DEFAULT_SOURCE_SYSTEM),
                endpoint.property("api-version", "2"),
                millis(endpoint, "poll-interval", 10_000),
                Integer.parseInt(endpoint.property("messages-to-fetch", "10")),
                millis(endpoint, "connect-timeout", 5_000),
                millis(endpoint, "request-timeout", 30_000),
                Integer.parseInt(endpoint.property("max-attempts", "3")),
                millis(endpoint, "retry-backoff", 500));
    }

    private static Duration millis(EndpointSettings endpoint, String name, long otherwise) {
        return Duration.ofMillis(Long.parseLong(endpoint.property(name, Long.toString(otherwise)).strip()));
    }

    private static String version() {
        String version = NhnSettings.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
