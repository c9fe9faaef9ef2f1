package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The policy API: dry runs that send nothing, the rules in force, the findings report, the alarms. */
class PolicyApiIT extends GatewayIT {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private ResponseEntity<Map> dryRun(String query, byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return http.postForEntity("/api/policy/dry-run" + query, new HttpEntity<>(body, headers), Map.class);
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndWhatTheLocalRulesChangeWithoutSendingOrStoringAnything() {
        DemoMessage foresporsel = demo("01-foresporsel-hjemmetjenesten-til-lade-legesenter.xml");

        ResponseEntity<Map> response = dryRun("", foresporsel.bytes(), MediaType.APPLICATION_XML);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> report = map(response.getBody());
        assertThat(report.get("nothingSent")).isEqualTo(true);
        assertThat(map(report.get("outcome"))).containsEntry("action", "deliver")
                .containsEntry("endpoint", "lade-legesenter").containsEntry("receiverHerId", "8300201");
        assertThat(list(report.get("differences"))).containsExactly("K-IT-HASTEGRAD fires only with the local rules: "
                + "finding: a forespørsel about medication does not say how urgent it is (Hastegrad) (a local rule, or "
                + "switched on locally)");
        assertThat(list(map(map(report.get("nationalOnly")).get("version")).get("layers")))
                .singleElement().satisfies(layer -> assertThat(map(layer)).containsEntry("ruleSet", "samport-default"));
        assertThat(store.findByMsgId(foresporsel.msgId())).isEmpty();
    }

    @Test
    void aDryRunReadsFhirMessageBundlesAndSaysWhenTheReceiverIsUnknown() {
        byte[] epikrise = Fixtures.bytes("policy/epikrise/utskrevet-til-sykehjem-samme-dag.json");

        ResponseEntity<Map> response = dryRun("?at=2026-03-03&compare=false", epikrise, MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> decision = map(response.getBody().get("decision"));
        assertThat(list(decision.get("rules")).stream().map(PolicyApiIT::map)
                .filter(r -> Boolean.TRUE.equals(r.get("fired"))).map(r -> r.get("ruleId")))
                .containsExactly("NFA-2.1.2b", "NFA-2.3.2.1");
        assertThat(map(response.getBody().get("outcome"))).containsEntry("action", "reject");
        assertThat(response.getBody().get("nationalOnly")).isNull();
    }

    @Test
    void aDryRunOfSomethingThatIsNotAMessageIsABadRequestThatSaysWhy() {
        ResponseEntity<Map> response = dryRun("", "{\"resourceType\":\"Patient\"}".getBytes(), MediaType.APPLICATION_JSON);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("detail")).contains("not a FHIR Bundle");
    }

    @Test
    void theRulesInForceAreListedWithTheirSourcesAndTheLocalChanges() {
        Map<String, Object> rules = map(http.getForObject("/api/policy/rules", Map.class));

        assertThat(rules.get("version").toString()).contains("nidvik-kommune-it");
        assertThat(list(rules.get("rules"))).anySatisfy(r -> assertThat(map(r))
                .containsEntry("id", "NFA-2.1.2b").containsEntry("modality", "MUST").containsEntry("overridable", false)
                .containsEntry("source", "001_a566af941c37529c.txt:7886-7890"));
        assertThat(list(rules.get("rules"))).anySatisfy(r -> assertThat(map(r))
                .containsEntry("id", "T08").containsEntry("inForce", false));
    }

    @Test
    void theFindingsReportAndTheAlarmListAnswer() {
        assertThat(map(http.getForEntity("/api/policy/findings?from=2020-01-01", Map.class).getBody()))
                .containsKeys("from", "to", "findings");
        assertThat(http.getForEntity("/api/policy/alarms", List.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/policy/findings?from=yesterday", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
