package no.samport.adapter.nhn;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import no.samport.adapter.nhn.token.AccessTokenProvider;
import no.samport.adapter.nhn.token.HelseIdClientCredentials;
import no.samport.adapter.nhn.token.PemKeys;
import no.samport.adapter.nhn.token.StaticAccessToken;
import no.samport.plugin.api.EndpointSettings;
import no.samport.plugin.api.SettingsProblems;

/**
 * Which access-token provider an endpoint uses: {@code token-provider: helseid} (production: {@code helseid-token-url},
 * {@code helseid-client-id}, {@code helseid-private-key} (a PKCS#8 PEM file), {@code helseid-scope}) or
 * {@code token-provider: static} with {@code token} (test environments and the simulator).
 */
final class TokenSettings {

    private TokenSettings() {
    }

    static void problems(EndpointSettings endpoint, SettingsProblems problems) {
        String provider = endpoint.property("token-provider", "");
        switch (provider) {
            case "static" -> problems.required("token", "the bearer token for token-provider static");
            case "helseid" -> {
                problems.required("helseid-token-url", "HelseID's token endpoint")
                        .httpUrl("helseid-token-url")
                        .required("helseid-client-id", "the client id HelseID registered for this Samport")
                        .required("helseid-private-key", "the PKCS#8 PEM file with the client's private key")
                        .required("helseid-scope", "the scope(s) of the NHN message API granted to the client");
                String key = endpoint.properties().get("helseid-private-key");
                if (key != null && !key.isBlank() && !Files.isReadable(Path.of(key))) {
                    problems.add("helseid-private-key", "names " + key + ", which is not a readable file");
                }
            }
            default -> problems.add("token-provider", "is '" + provider + "'; it must be helseid or static");
        }
    }

    static AccessTokenProvider provider(EndpointSettings endpoint, HttpClient http) {
        if ("static".equals(endpoint.property("token-provider", ""))) {
            return new StaticAccessToken(endpoint.properties().get("token").strip());
        }
        return new HelseIdClientCredentials(
                URI.create(endpoint.properties().get("helseid-token-url").strip()),
                endpoint.properties().get("helseid-client-id").strip(),
                PemKeys.readRsaPrivateKey(Path.of(endpoint.properties().get("helseid-private-key").strip())),
                endpoint.properties().get("helseid-scope").strip(),
                http, Clock.systemUTC());
    }

}
