package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class MessagesApiIT extends GatewayIT {

    private ResponseEntity<Map> submit(String endpoint, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return http.postForEntity("/api/messages?endpoint=" + endpoint, new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void aSubmittedMessageIsTrackedByTrackingIdAndByMsgId() {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        ResponseEntity<Map> accepted = submit("nidvik-hjemmetjeneste", message.bytes());

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        URI location = accepted.getHeaders().getLocation();
        assertThat(location).hasPath("/api/messages/" + accepted.getBody().get("trackingId"));
        awaitStatus(message.msgId(), MessageStatus.DELIVERED);

        Map<?, ?> byTrackingId = http.getForObject(location, Map.class);
        assertThat(byTrackingId.get("status")).isEqualTo("DELIVERED");
        assertThat(byTrackingId.get("msgId")).isEqualTo(message.msgId());
        List<String> statuses = ((List<?>) byTrackingId.get("history")).stream()
                .map(h -> String.valueOf(((Map<?, ?>) h).get("status"))).toList();
        assertThat(statuses).containsSubsequence("RECEIVED", "DECODED", "RESOLVED", "QUEUED", "SENT", "DELIVERED");

        List<?> byMsgId = http.getForObject("/api/messages?msgId=" + message.msgId(), List.class);
        assertThat(byMsgId.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("trackingId"))).toList())
                .contains(String.valueOf(accepted.getBody().get("trackingId")));
    }

    @Test
    void aSubmissionForAnUnknownEndpointIsRefusedWithTheEndpointsThereAre() {
        ResponseEntity<Map> refused = submit("ukjent", "<MsgHead/>".getBytes());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("Unknown endpoint 'ukjent'")
                .contains("lade-legesenter");
    }

    @Test
    void anUnknownTrackingIdIsNotFound() {
        ResponseEntity<Map> missing = http.getForEntity("/api/messages/" + UUID.randomUUID(), Map.class);

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAFailedMessageCanBeReprocessed() {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");
        ResponseEntity<Map> accepted = submit("nidvik-hjemmetjeneste", message.bytes());
        awaitStatus(message.msgId(), MessageStatus.DELIVERED);

        ResponseEntity<Map> refused = http.postForEntity("/api/messages/" + accepted.getBody().get("trackingId")
                + "/reprocess", null, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) refused.getBody().get("detail")).contains("only FAILED messages can be reprocessed");
    }

    @Test
    void aSearchNeedsAMsgIdOrAStatus() {
        assertThat(http.getForEntity("/api/messages", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
