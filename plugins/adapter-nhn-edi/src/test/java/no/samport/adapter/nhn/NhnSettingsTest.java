package no.samport.adapter.nhn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import no.samport.plugin.api.EndpointSettings;
import org.junit.jupiter.api.Test;

/** A misconfigured NHN endpoint is reported key by key, so start-up says what to fix. */
class NhnSettingsTest {

    private static EndpointSettings endpoint(Map<String, String> properties) {
        return new EndpointSettings("helsenett", NhnEdiAdapter.ID, Path.of("."), properties);
    }

    @Test
    void anEmptyEndpointNamesEveryRequiredKey() {
        assertThat(NhnSettings.problems(endpoint(Map.of()))).anyMatch(p -> p.contains("properties.base-url is missing"))
                .anyMatch(p -> p.contains("properties.receiver-her-ids is missing"))
                .anyMatch(p -> p.contains("properties.token-provider is ''"));
    }

    @Test
    void helseIdNeedsClientIdKeyScopeAndTokenUrl() {
        assertThat(NhnSettings.problems(endpoint(Map.of("base-url", "https://api.tjener.test.melding.nhn.no",
                "receiver-her-ids", "8300101", "token-provider", "helseid", "helseid-private-key", "/nowhere/key.pem"))))
                .anyMatch(p -> p.contains("helseid-client-id is missing"))
                .anyMatch(p -> p.contains("helseid-scope is missing"))
                .anyMatch(p -> p.contains("helseid-token-url is missing"))
                .anyMatch(p -> p.contains("/nowhere/key.pem, which is not a readable file"));
    }

    @Test
    void rejectsMalformedValues() {
        assertThat(NhnSettings.problems(endpoint(Map.of("base-url", "api.nhn.no", "receiver-her-ids", "8300101;8300100",
                "token-provider", "static", "token", "t", "messages-to-fetch", "500", "poll-interval", "soon"))))
                .anyMatch(p -> p.contains("base-url is 'api.nhn.no'; it must be an absolute http(s) URL"))
                .anyMatch(p -> p.contains("receiver-her-ids is '8300101;8300100'"))
                .anyMatch(p -> p.contains("messages-to-fetch is 500"))
                .anyMatch(p -> p.contains("poll-interval is 'soon'"));
    }

    @Test
    void readsValidSettingsWithDefaults() {
        NhnSettings settings = NhnSettings.of(endpoint(Map.of("base-url", "https://api.tjener.test.melding.nhn.no/",
                "receiver-her-ids", "8300101, 8300100", "token-provider", "static", "token", "t")));

        assertThat(settings.baseUrl()).hasToString("https://api.tjener.test.melding.nhn.no");
        assertThat(settings.receiverHerIds()).containsExactly(8300101, 8300100);
        assertThat(settings.apiVersion()).isEqualTo("2");
        assertThat(settings.sourceSystem()).startsWith("Samport, v");
        assertThat(settings.maxAttempts()).isEqualTo(3);
    }
}
