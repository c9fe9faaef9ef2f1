package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samport.pipeline.store.MessageStatus;
import no.samport.pipeline.store.StoredMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.fhir.FhirMessagingServer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Messages with a system that speaks FHIR messaging, here a HAPI FHIR server on 127.0.0.1: out of a municipal
 * message folder to the FHIR system's $process-message and its response message back as a KITH AppRec; and in
 * through Samport's $process-message to a GP office's folder, with Samport's receipt back to the FHIR system.
 */
class FhirRestTransportIT extends GatewayIT {

    private static final FhirMessagingServer FHIR = ItTransports.FHIR;
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @AfterEach
    void quietResponder() {
        FHIR.respondWith(message -> Optional.empty(), samportUrl());
    }

    private String samportUrl() {
        return "http://127.0.0.1:" + port + "/fhir/helseplattformen/$process-message";
    }

    private static Optional<Bundle> received(String msgId) {
        return FHIR.received().stream().filter(b -> msgId.equals(b.getIdentifier().getValue())).findFirst();
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/fhir+json"));
        return http.postForEntity("/fhir/helseplattformen/$process-message", new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void aMessageFromAFolderReachesTheFhirSystemAndItsResponseComesBackAsAnAppRec() {
        FHIR.respondWith(message -> Optional.of(AppRecBundles.answer(MessageEnvelope.of(message), AppRecStatus.OK,
                List.of(), new Date())), samportUrl());
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml")
                .replace("<Id>8300200</Id>", "<Id>8300600</Id>")
                .replace("<Id>8300201</Id>", "<Id>8300601</Id>")
                .replace("Lade legesenter", "Nidvik helsehus");

        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());

        StoredMessage delivered = awaitStatus(message.msgId(), MessageStatus.DELIVERED);
        Bundle atFhirSystem = received(message.msgId()).orElseThrow();
        assertThat(MessageEnvelope.of(atFhirSystem).receiver().mostSpecificHerId()).contains("8300601");
        assertThat(delivered.receiptTrackingId()).isNotNull();
        String appRecMsgId = store.find(delivered.receiptTrackingId()).orElseThrow().msgId();
        String forwarded = read(awaitFile("nidvik-hjemmetjeneste", "out", "apprec-" + appRecMsgId));
        assertThat(forwarded).contains("<AppRec").contains("<Id>" + message.msgId() + "</Id>");
    }

    @Test
    void aMessageFromTheFhirSystemReachesAFolderAndSamportsReceiptGoesBackToIt() {
        String msgId = UUID.randomUUID().toString();
        String json = Fixtures.text("fhir/message/foresporsel-hjemmetjenesten-til-lade-legesenter.json")
                .replace("6f1d2a8e-4b7c-4e0a-9d3f-0c1b2a3d4e01", msgId)
                .replace("\"8300100\"", "\"8300600\"")
                .replace("\"8300101\"", "\"8300601\"");

        ResponseEntity<String> answer = post(json);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).contains("Accepted by Samport");
        assertThat(read(awaitFile("lade-legesenter", "out", msgId))).contains("<MsgId>" + msgId + "</MsgId>");
        Bundle receipt = await().atMost(PATIENCE).until(() -> FHIR.received().stream()
                .filter(b -> MessageEnvelope.of(b).isAppRec())
                .filter(b -> msgId.equals(MessageEnvelope.of(b).receipt().originalMsgId()))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(MessageEnvelope.of(receipt).receipt().status()).isEqualTo(AppRecStatus.OK);
        assertThat(MessageEnvelope.of(receipt).receiver().mostSpecificHerId()).contains("8300601");
    }

    @Test
    void aBodyThatIsNoFhirMessageIsRefusedWith400AndTheReason() {
        ResponseEntity<String> answer = post("{\"resourceType\": \"Patient\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("OperationOutcome").contains("T02").contains("Bundle of type message");
        assertThat(CONTEXT.newJsonParser().parseResource(answer.getBody())).isInstanceOf(OperationOutcome.class);
    }
}
