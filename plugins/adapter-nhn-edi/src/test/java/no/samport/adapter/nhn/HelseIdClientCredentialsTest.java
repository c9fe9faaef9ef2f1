package no.samport.adapter.nhn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import no.samport.adapter.nhn.token.HelseIdClientCredentials;
import no.samport.plugin.api.EndpointSettings;
import no.samport.testfixtures.nhn.NhnSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens from a HelseID-style token endpoint with a signed client assertion, used by the API client. */
class HelseIdClientCredentialsTest {

    private final NhnSimulator simulator = NhnSimulator.start();
    private final KeyPair keys = rsaKeys();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        simulator.close();
    }

    private HelseIdClientCredentials provider(KeyPair signingKeys) {
        return new HelseIdClientCredentials(URI.create(simulator.baseUrl() + "/connect/token"), "samport-nidvik",
                signingKeys.getPrivate(), "nhn:msh", HttpClient.newHttpClient(), Clock.systemUTC());
    }

    @Test
    void fetchesATokenOnceAndReusesItUntilShortlyBeforeItExpires() {
        simulator.helseId().registerClient("samport-nidvik", keys.getPublic());
        HelseIdClientCredentials provider = provider(keys);

        String first = provider.token();
        String second = provider.token();

        assertThat(first).isEqualTo(second).startsWith("helseid-");
        assertThat(simulator.helseId().issuedTokens()).isEqualTo(1);
    }

    @Test
    void fetchesANewTokenWhenTheOldOneIsAboutToExpire() {
        simulator.helseId().registerClient("samport-nidvik", keys.getPublic());
        simulator.helseId().tokenLifetime(30);
        HelseIdClientCredentials provider = provider(keys);

        provider.token();
        provider.token();

        assertThat(simulator.helseId().issuedTokens()).isEqualTo(2);
    }

    @Test
    void anAssertionSignedWithTheWrongKeyIsRefusedWithHelseIdsReason() {
        simulator.helseId().registerClient("samport-nidvik", keys.getPublic());

        assertThatThrownBy(() -> provider(rsaKeys()).token())
                .hasMessageContaining("refused client samport-nidvik")
                .hasMessageContaining("signature does not verify");
    }

    @Test
    void theApiClientCallsNhnWithAHelseIdTokenReadFromAPemKeyFile() throws Exception {
        simulator.helseId().registerClient("samport-nidvik", keys.getPublic());
        Path pem = dir.resolve("helseid-key.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        EndpointSettings endpoint = new EndpointSettings("helsenett", NhnEdiAdapter.ID, dir, Map.of(
                "base-url", simulator.baseUrl(), "receiver-her-ids", "8300101", "token-provider", "helseid",
                "helseid-token-url", simulator.baseUrl() + "/connect/token", "helseid-client-id", "samport-nidvik",
                "helseid-private-key", pem.toString(), "helseid-scope", "nhn:msh"));
        assertThat(NhnSettings.problems(endpoint)).isEmpty();

        assertThat(new NhnClients().connect(endpoint).client().unread()).isEmpty();
        assertThat(simulator.helseId().issuedTokens()).isEqualTo(1);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
