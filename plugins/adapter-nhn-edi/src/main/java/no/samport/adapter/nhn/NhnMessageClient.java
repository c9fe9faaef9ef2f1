package no.samport.adapter.nhn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samport.adapter.nhn.internal.NhnHttp;
import no.samport.adapter.nhn.internal.NhnHttp.Call;

/**
 * The operations of NHN's EDI 2.0 message API (MSH API v2) that Samport uses: send a business document, list unread
 * messages, fetch one's business document, mark it read, send a structured AppRec, and read delivery status and
 * AppRecs of a sent message. Retries and authentication are in {@link NhnHttp}.
 */
public final class NhnMessageClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NhnHttp http;
    private final NhnSettings settings;

    public NhnMessageClient(NhnHttp http, NhnSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** {@code POST /Messages}: sends a whole MsgHead or AppRec document (UTF-8); returns NHN's message id. */
    public UUID send(byte[] businessDocument) {
        ObjectNode body = JSON.createObjectNode()
                .put("businessDocument", Base64.getEncoder().encodeToString(businessDocument))
                .put("contentType", "application/xml")
                .put("contentTransferEncoding", "base64");
        return UUID.fromString(http.call(Call.post("send a business document", "/Messages", body)).asText());
    }

    /** {@code GET /Messages}: unread messages for this endpoint's HER-ids, oldest first, with metadata. */
    public List<NhnMessage> unread() {
        String receivers = settings.receiverHerIds().stream().map(id -> "ReceiverHerIds=" + id)
                .collect(Collectors.joining("&"));
        JsonNode list = http.call(Call.get("list unread messages", "/Messages?" + receivers
                + "&IncludeMetadata=true&MessagesToFetch=" + settings.messagesToFetch() + "&OrderBy=Ascending"));
        List<NhnMessage> messages = new ArrayList<>();
        for (JsonNode m : list) {
            messages.add(new NhnMessage(UUID.fromString(m.path("id").asText()),
                    m.hasNonNull("receiverHerId") ? m.get("receiverHerId").asInt() : null,
                    m.hasNonNull("senderHerId") ? m.get("senderHerId").asInt() : null,
                    m.path("businessDocumentId").asText(null), m.path("isAppRec").asBoolean(false)));
        }
        return messages;
    }

    /** {@code GET /Messages/{id}/business-document}: the document's bytes. */
    public byte[] businessDocument(UUID id) {
        JsonNode document = http.call(Call.get("fetch business document " + id, "/Messages/" + id + "/business-document"));
        if (!"base64".equalsIgnoreCase(document.path("contentTransferEncoding").asText())) {
            throw new NhnApiException("NHN sent business document " + id + " with contentTransferEncoding '"
                    + document.path("contentTransferEncoding").asText() + "'; Samport reads base64", 0, null);
        }
        return Base64.getMimeDecoder().decode(document.path("businessDocument").asText());
    }

    /** {@code PUT /Messages/{id}/read/{herId}}: the message no longer shows as unread for that HER-id. */
    public void markRead(UUID id, int receiverHerId) {
        http.call(Call.put("mark message " + id + " read", "/Messages/" + id + "/read/" + receiverHerId));
    }

    /** {@code POST /Messages/{id}/apprec/{senderHerId}}: a structured AppRec for a received message. */
    public UUID sendAppRec(UUID id, int appRecSenderHerId, String appRecStatus, Map<String, String> errors) {
        ObjectNode body = JSON.createObjectNode().put("appRecStatus", appRecStatus);
        if (!errors.isEmpty()) {
            errors.forEach((code, details) -> body.withArray("appRecErrorList")
                    .addObject().put("errorCode", code).put("details", details));
        }
        return UUID.fromString(http.call(Call.post("send an AppRec for " + id, "/Messages/" + id + "/apprec/"
                + appRecSenderHerId, body)).asText());
    }

    /** {@code GET /Messages/{id}/status}: transport state and AppRec status per receiver of a sent message. */
    public List<DeliveryStatus> status(UUID id) {
        List<DeliveryStatus> statuses = new ArrayList<>();
        for (JsonNode s : http.call(Call.get("read status of " + id, "/Messages/" + id + "/status"))) {
            statuses.add(new DeliveryStatus(s.path("receiverHerId").asInt(), s.path("transportDeliveryState").asText(null),
                    s.path("appRecStatus").asText(null), List.of()));
        }
        return statuses;
    }

    /** {@code GET /Messages/{id}/apprec}: the AppRecs received for a sent message, with their error codes. */
    public List<DeliveryStatus> appRecs(UUID id) {
        List<DeliveryStatus> appRecs = new ArrayList<>();
        for (JsonNode a : http.call(Call.get("read AppRecs of " + id, "/Messages/" + id + "/apprec"))) {
            List<String> errors = new ArrayList<>();
            a.path("appRecErrorList").forEach(e -> errors.add(e.path("errorCode").asText()));
            appRecs.add(new DeliveryStatus(a.path("receiverHerId").asInt(), null, a.path("appRecStatus").asText(null),
                    errors));
        }
        return appRecs;
    }

    /** A cheap read-only call for health checks: lists at most one unread message, without retries. */
    public void ping() {
        http.callOnce(Call.get("check the API", "/Messages?ReceiverHerIds=" + settings.receiverHerIds().get(0)
                + "&MessagesToFetch=1"));
    }
}
