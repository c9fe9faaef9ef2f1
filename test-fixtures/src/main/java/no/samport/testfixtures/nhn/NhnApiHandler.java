package no.samport.testfixtures.nhn;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The operations of MSH API v2 on the simulator's {@link NhnMailbox}, one request at a time. */
final class NhnApiHandler {

    private static final Pattern BY_ID = Pattern.compile("/Messages/([0-9a-fA-F-]{36})(/.*)?");
    private static final Pattern APPREC = Pattern.compile("/apprec/(\\d+)");
    private static final Pattern READ = Pattern.compile("/read/(\\d+)");

    private final NhnMailbox mailbox;
    private final Set<Integer> authorised;

    NhnApiHandler(NhnMailbox mailbox, Set<Integer> authorised) {
        this.mailbox = mailbox;
        this.authorised = authorised;
    }

    SimulatorResponse handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            if (path.equals("/Messages") && method.equals("POST")) {
                return postMessage(SimulatorResponse.JSON.readTree(exchange.getRequestBody()));
            }
            if (path.equals("/Messages") && method.equals("GET")) {
                return listUnread(query(exchange.getRequestURI().getRawQuery()));
            }
            Matcher byId = BY_ID.matcher(path);
            if (!byId.matches()) {
                return SimulatorResponse.error(404, "No such resource: " + path);
            }
            Optional<SimulatedMessage> found = mailbox.find(UUID.fromString(byId.group(1)));
            if (found.isEmpty()) {
                return SimulatorResponse.error(404, "No message " + byId.group(1));
            }
            return onMessage(method, byId.group(2) == null ? "" : byId.group(2), found.get(), exchange);
        } catch (IllegalArgumentException e) {
            return SimulatorResponse.error(400, e.getMessage());
        }
    }

    private SimulatorResponse onMessage(String method, String rest, SimulatedMessage message, HttpExchange exchange)
            throws IOException {
        Matcher appRec = APPREC.matcher(rest);
        Matcher read = READ.matcher(rest);
        if (rest.isEmpty() && method.equals("GET")) {
            return SimulatorResponse.json(200, NhnJson.message(message, true));
        }
        if (rest.equals("/business-document") && method.equals("GET")) {
            return SimulatorResponse.json(200, Map.of(
                    "businessDocument", Base64.getEncoder().encodeToString(message.businessDocument()),
                    "contentType", "application/xml", "contentTransferEncoding", "base64"));
        }
        if (rest.equals("/status") && method.equals("GET")) {
            return SimulatorResponse.json(200, List.of(NhnJson.status(message)));
        }
        if (rest.equals("/apprec") && method.equals("GET")) {
            return SimulatorResponse.json(200, List.of(NhnJson.appRecInfo(message)));
        }
        if (appRec.matches() && method.equals("POST")) {
            JsonNode body = SimulatorResponse.JSON.readTree(exchange.getRequestBody());
            String status = body.path("appRecStatus").asText("");
            if (!Set.of("Ok", "Rejected", "OkErrorInMessagePart").contains(status)) {
                throw new IllegalArgumentException("appRecStatus '" + status + "' is not an AppRecStatus");
            }
            mailbox.recordPostedAppRec(message.id(), Integer.parseInt(appRec.group(1)), status);
            return SimulatorResponse.json(201, UUID.randomUUID().toString());
        }
        if (read.matches() && method.equals("PUT")) {
            int herId = Integer.parseInt(read.group(1));
            if (herId != message.facts().receiverHerId()) {
                return SimulatorResponse.error(403, "HER-id " + herId + " is not the receiver of message " + message.id());
            }
            message.markRead();
            return SimulatorResponse.noContent();
        }
        return SimulatorResponse.error(405, method + " is not allowed on " + rest);
    }

    private SimulatorResponse postMessage(JsonNode body) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("businessDocument", "contentType", "contentTransferEncoding")) {
            if (body.path(field).asText("").isBlank()) {
                missing.add(field + " is required");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", missing));
        }
        if (!"base64".equalsIgnoreCase(body.path("contentTransferEncoding").asText())) {
            throw new IllegalArgumentException("contentTransferEncoding must be base64");
        }
        byte[] document = Base64.getDecoder().decode(body.path("businessDocument").asText());
        BusinessDocumentFacts facts = BusinessDocumentFacts.read(document);
        if (!authorised.isEmpty() && !authorised.contains(facts.senderHerId())) {
            return SimulatorResponse.error(403, "The client is not authorised to send for HER-id " + facts.senderHerId());
        }
        SimulatedMessage message = mailbox.acceptSent(document);
        return new SimulatorResponse(201, message.id().toString(), "/Messages/" + message.id());
    }

    private SimulatorResponse listUnread(Map<String, List<String>> query) {
        Set<Integer> receivers = new LinkedHashSet<>();
        query.getOrDefault("ReceiverHerIds", List.of()).forEach(v -> receivers.add(Integer.parseInt(v)));
        if (receivers.isEmpty()) {
            throw new IllegalArgumentException("ReceiverHerIds is required");
        }
        for (Integer receiver : receivers) {
            if (!authorised.isEmpty() && !authorised.contains(receiver)) {
                return SimulatorResponse.error(403, "The client is not authorised for HER-id " + receiver);
            }
        }
        int max = Integer.parseInt(first(query, "MessagesToFetch", "10"));
        if (max < 1 || max > 100) {
            throw new IllegalArgumentException("MessagesToFetch must be between 1 and 100");
        }
        boolean metadata = Boolean.parseBoolean(first(query, "IncludeMetadata", "false"));
        boolean descending = "Descending".equals(first(query, "OrderBy", "Ascending"));
        return SimulatorResponse.json(200, mailbox.unread(receivers, max, descending).stream()
                .map(m -> NhnJson.message(m, metadata)).toList());
    }

    private static String first(Map<String, List<String>> query, String name, String otherwise) {
        return query.getOrDefault(name, List.of(otherwise)).get(0);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
