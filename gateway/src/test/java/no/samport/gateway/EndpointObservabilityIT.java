package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;
import no.samport.pipeline.store.MessageStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Each endpoint's health in Actuator, as its adapter sees it, and message counts and timings per endpoint. */
class EndpointObservabilityIT extends GatewayIT {

    @Test
    @SuppressWarnings("unchecked")
    void actuatorShowsTheHealthOfEveryEndpointWithItsAdapter() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health/endpoints", Map.class);

        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
        assertThat(components).containsKeys("nidvik-hjemmetjeneste", "lade-legesenter", "helsenett", "helseplattformen");
        assertThat(components.get("helsenett")).containsEntry("status", "UP");
        assertThat((Map<String, Object>) components.get("helsenett").get("details"))
                .containsEntry("adapter", "nhn-edi");
        assertThat((Map<String, Object>) components.get("helseplattformen").get("details"))
                .containsEntry("adapter", "fhir-rest");
    }

    @Test
    void anEndpointWhoseServiceIsDownIsReportedDown() {
        ItTransports.NHN.stop();
        try {
            ResponseEntity<Map> health = http.getForEntity("/actuator/health/endpoints/helsenett", Map.class);

            assertThat(health.getStatusCode().value()).isEqualTo(503);
            assertThat(health.getBody()).containsEntry("status", "DOWN");
            assertThat(String.valueOf(health.getBody().get("details"))).contains("ConnectException");
        } finally {
            ItTransports.NHN.restart();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void messagesInAndOutAreCountedAndTimedPerEndpoint() {
        DemoMessage message = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");
        drop("nidvik-hjemmetjeneste", message.msgId() + ".xml", message.bytes());
        awaitStatus(message.msgId(), MessageStatus.DELIVERED);

        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> in = http.getForObject(
                    "/actuator/metrics/samport.endpoint.messages.in?tag=endpoint:nidvik-hjemmetjeneste", Map.class);
            assertThat(String.valueOf(in.get("measurements"))).matches(".*COUNT, value=[1-9].*");
            Map<String, Object> latency = http.getForObject(
                    "/actuator/metrics/samport.endpoint.delivery.latency?tag=endpoint:lade-legesenter", Map.class);
            assertThat(String.valueOf(latency.get("measurements"))).matches(".*COUNT, value=[1-9].*");
            Map<String, Object> transport = http.getForObject(
                    "/actuator/metrics/samport.endpoint.transport.duration?tag=endpoint:lade-legesenter", Map.class);
            assertThat(transport).isNotNull().containsKey("measurements");
        });
    }
}
