package no.samport.testfixtures.nhn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An answer of the simulator: status, optional JSON body, optional Location header. */
record SimulatorResponse(int status, Object body, String location) {

    static final ObjectMapper JSON = new ObjectMapper();

    static SimulatorResponse json(int status, Object body) {
        return new SimulatorResponse(status, body, null);
    }

    static SimulatorResponse noContent() {
        return new SimulatorResponse(204, null, null);
    }

    /** The spec's ErrorMessage: error, errorCode, validationErrors, requestId. */
    static SimulatorResponse error(int status, String error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("errorCode", status);
        body.put("validationErrors", List.of());
        body.put("stackTrace", null);
        body.put("requestId", UUID.randomUUID().toString());
        return new SimulatorResponse(status, body, null);
    }

    void send(HttpExchange exchange) {
        try {
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            if (body == null) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
