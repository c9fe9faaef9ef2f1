package no.samport.adapter.nhn.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens from HelseID for a machine client: the OAuth 2.0 client-credentials grant authenticated with a
 * {@code private_key_jwt} client assertion (RFC 7523), signed RS256 with the client's private key. A token is cached
 * until a minute before it expires. The client id, key and scope are those NHN and HelseID registered for the
 * municipality's Samport installation; whether the API also requires DPoP-bound tokens is to be confirmed with NHN.
 */
public final class HelseIdClientCredentials implements AccessTokenProvider {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EARLY_RENEWAL = Duration.ofSeconds(60);

    private final URI tokenEndpoint;
    private final String clientId;
    private final PrivateKey privateKey;
    private final String scope;
    private final HttpClient http;
    private final Clock clock;
    private String cachedToken;
    private Instant renewAt = Instant.MIN;

    public HelseIdClientCredentials(URI tokenEndpoint, String clientId, PrivateKey privateKey, String scope,
                                    HttpClient http, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.privateKey = privateKey;
        this.scope = scope;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public synchronized String token() {
        if (cachedToken == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return cachedToken;
    }

    @Override
    public synchronized void invalidate() {
        cachedToken = null;
    }

    private void fetch() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("scope", scope);
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion());
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new IllegalStateException("HelseID at " + tokenEndpoint + " refused client " + clientId + ": HTTP "
                        + response.statusCode() + " " + body.path("error").asText("") + " "
                        + body.path("error_description").asText(""));
            }
            cachedToken = body.get("access_token").asText();
            long lifetime = body.path("expires_in").asLong(60);
            renewAt = clock.instant().plusSeconds(lifetime).minus(EARLY_RENEWAL);
        } catch (IOException e) {
            throw new IllegalStateException("HelseID at " + tokenEndpoint + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a HelseID token", e);
        }
    }

    /** The signed client assertion: iss = sub = client id, aud = token endpoint, a fresh jti, valid 60 s. */
    String assertion() {
        Instant now = clock.instant();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", clientId);
        claims.put("sub", clientId);
        claims.put("aud", tokenEndpoint.toString());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(60).getEpochSecond());
        try {
            String signingInput = base64Url(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "client-authentication+jwt")))
                    + "." + base64Url(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the HelseID client assertion for client " + clientId, e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
