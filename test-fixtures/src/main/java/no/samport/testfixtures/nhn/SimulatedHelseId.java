package no.samport.testfixtures.nhn;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token endpoint in the manner of HelseID for machine clients: OAuth 2.0 client credentials with a
 * {@code private_key_jwt} client assertion (RFC 7523) signed RS256 by the client's registered key. It checks the
 * grant type, assertion type, signature, {@code iss}/{@code sub} = client id, expiry and single use of {@code jti},
 * and issues short-lived opaque bearer tokens that the NHN simulator then accepts. Error answers follow RFC 6749 §5.2.
 */
public final class SimulatedHelseId {

    private final Set<String> acceptedTokens;
    private final Map<String, PublicKey> clients = new ConcurrentHashMap<>();
    private final Set<String> usedJtis = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile long lifetimeSeconds = 300;

    SimulatedHelseId(Set<String> acceptedTokens) {
        this.acceptedTokens = acceptedTokens;
    }

    /** Registers a client and the public half of the key it signs its assertions with. */
    public void registerClient(String clientId, PublicKey key) {
        clients.put(clientId, key);
    }

    /** Lifetime of issued tokens ({@code expires_in}). */
    public void tokenLifetime(long seconds) {
        lifetimeSeconds = seconds;
    }

    /** How many access tokens were issued. */
    public int issuedTokens() {
        return issued.get();
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String problem = check(form);
            if (problem != null) {
                SimulatorResponse.json(400, Map.of("error", "invalid_client", "error_description", problem)).send(exchange);
                return;
            }
            String token = "helseid-" + UUID.randomUUID();
            acceptedTokens.add(token);
            issued.incrementAndGet();
            SimulatorResponse.json(200, Map.of("access_token", token, "token_type", "Bearer",
                    "expires_in", lifetimeSeconds, "scope", form.getOrDefault("scope", ""))).send(exchange);
        }
    }

    private String check(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type must be client_credentials";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
        }
        String[] parts = form.getOrDefault("client_assertion", "").split("\\.");
        if (parts.length != 3) {
            return "client_assertion is not a signed JWT";
        }
        try {
            JsonNode header = SimulatorResponse.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = SimulatorResponse.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String clientId = claims.path("iss").asText();
            PublicKey key = clients.get(clientId);
            if (key == null || !clientId.equals(claims.path("sub").asText())) {
                return "unknown client, or sub differs from iss";
            }
            if (!"RS256".equals(header.path("alg").asText())) {
                return "the assertion must be signed RS256";
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return "the assertion's signature does not verify";
            }
            if (claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return "the assertion has expired";
            }
            if (!usedJtis.add(claims.path("jti").asText(""))) {
                return "the assertion's jti was used before";
            }
            return null;
        } catch (IOException | IllegalArgumentException | java.security.GeneralSecurityException e) {
            return "the assertion cannot be read: " + e.getMessage();
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
