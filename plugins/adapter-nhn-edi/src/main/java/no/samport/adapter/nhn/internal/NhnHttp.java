package no.samport.adapter.nhn.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.samport.adapter.nhn.NhnApiException;
import no.samport.adapter.nhn.NhnSettings;
import no.samport.adapter.nhn.token.AccessTokenProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP to the NHN message API: the required headers ({@code api-version}, {@code nhn-source-system}, bearer token),
 * timeouts, and retries with doubling backoff on 5xx answers, timeouts and broken connections. A 4xx answer is
 * never retried (a 401 once, with a fresh token). Errors carry the operation, status and NHN's request id only.
 */
public final class NhnHttp {

    private static final Logger log = LoggerFactory.getLogger(NhnHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One API call: what it does (for messages), method, path with query, JSON body or null. */
    public record Call(String what, String method, String pathAndQuery, JsonNode body) {
        public static Call get(String what, String pathAndQuery) {
            return new Call(what, "GET", pathAndQuery, null);
        }

        public static Call post(String what, String path, JsonNode body) {
            return new Call(what, "POST", path, body);
        }

        public static Call put(String what, String path) {
            return new Call(what, "PUT", path, null);
        }
    }

    private final HttpClient client;
    private final NhnSettings settings;
    private final AccessTokenProvider tokens;
    private final Pause pause;

    public NhnHttp(HttpClient client, NhnSettings settings, AccessTokenProvider tokens, Pause pause) {
        this.client = client;
        this.settings = settings;
        this.tokens = tokens;
        this.pause = pause;
    }

    /** Waits between attempts; a seam so that tests need not wait. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /** Makes the call with retries; returns the JSON answer (NullNode for an empty one). */
    public JsonNode call(Call call) {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return callOnce(call);
            } catch (NhnApiException e) {
                if (e.isRefusal() || attempt >= settings.maxAttempts()) {
                    throw e;
                }
                log.warn("NHN: {} failed (attempt {} of {}): {}; retrying in {} ms", call.what(), attempt,
                        settings.maxAttempts(), e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    /** Makes the call once, renewing the token once on 401. */
    public JsonNode callOnce(Call call) {
        HttpResponse<String> response = send(call);
        if (response.statusCode() == 401) {
            tokens.invalidate();
            response = send(call);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(call, response.body());
        }
        throw new NhnApiException("NHN: " + call.what() + " was answered " + status + describe(response.body()), status, null);
    }

    private HttpResponse<String> send(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + call.pathAndQuery()))
                .timeout(settings.requestTimeout())
                .header("api-version", settings.apiVersion())
                .header("nhn-source-system", settings.sourceSystem())
                .header("Accept", "application/json");
        try {
            request.header("Authorization", "Bearer " + tokens.token());
            request.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(call.body())));
            if (call.body() != null) {
                request.header("Content-Type", "application/json");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NhnApiException("NHN: " + call.what() + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), 0, e);
        } catch (IllegalStateException e) {
            throw new NhnApiException("NHN: no access token for " + call.what() + ": " + e.getMessage(), 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NhnApiException("NHN: interrupted during " + call.what(), 0, e);
        }
    }

    private static JsonNode parse(Call call, String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new NhnApiException("NHN: the answer to " + call.what() + " is not JSON", 0, e);
        }
    }

    /** The ErrorMessage's error and requestId; never the request's content. */
    private static String describe(String body) {
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body);
            if (error != null && error.isObject()) {
                return ": " + error.path("error").asText("(no error text)") + " (requestId "
                        + error.path("requestId").asText("?") + ")";
            }
        } catch (IOException e) {
            // not an ErrorMessage: the status says enough
        }
        return "";
    }

    private void sleep(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NhnApiException("NHN: interrupted while waiting to retry", 0, e);
        }
    }
}
