package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Contract and list changes over REST: idempotent, ordered per subject, contradictions reported not applied. */
class GpListChangesIT extends GatewayIT {

    @Autowired
    JdbcTemplate jdbc;

    private int memberships(String contractId) {
        return jdbc.queryForObject("select count(*) from gp_membership where contract_id = ?", Integer.class,
                contractId);
    }

    private int events(String contractId) {
        return jdbc.queryForObject("select count(*) from gp_list_event where contract_id = ?", Integer.class,
                contractId);
    }

    private List<?> findings(String kind, String changeId) {
        return http.getForObject("/api/directory/gp-findings?kind=" + kind + "&limit=1000", List.class).stream()
                .filter(f -> changeId.equals(((Map<?, ?>) f).get("changeId"))).toList();
    }

    @Test
    void theSameChangeSentTwiceChangesNothingTheSecondTime() {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1200, kommune("2024-01-02T08:00:00Z"));
        ListedPatient person = GpTestData.person("5095");
        assertThat(outcome(change(http, GpChangeMessages.contract(contract, id + "-c")))).isEqualTo("applied");
        Provenance at = kommune("2024-01-10T09:00:00Z");
        String join = GpChangeMessages.joined(contract, person, LocalDate.of(2024, 1, 15), "OTOB", at, id + "-j");

        ResponseEntity<String> first = change(http, join);
        ResponseEntity<String> again = change(http, join);
        ResponseEntity<String> rewritten = change(http,
                GpChangeMessages.joined(contract, person, LocalDate.of(2024, 1, 15), "OTOB", at, id + "-j"));

        assertThat(outcome(first)).isEqualTo("applied");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(outcome(again)).isEqualTo("duplicate");
        assertThat(outcome(rewritten)).as("same id and meaning, new resource ids").isEqualTo("duplicate");
        assertThat(memberships(id)).isEqualTo(1);
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void anOlderChangeArrivingAfterANewerOneIsDetectedReportedAndNotApplied() {
        String id = GpTestData.contractId();
        GpContract capCut = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1000, kommune("2024-03-01T10:00:00Z"));
        GpContract olderCap = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1250, kommune("2024-02-01T10:00:00Z"));
        change(http, GpChangeMessages.contract(capCut, id + "-new"));

        ResponseEntity<String> late = change(http, GpChangeMessages.contract(olderCap, id + "-old"));

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(outcome(late)).isEqualTo("out-of-order");
        assertThat(GpTestData.diagnostics(late)).contains("recorded by kommune at 2024-02-01T10:00:00Z")
                .contains("2024-03-01T10:00:00Z");
        assertThat(jdbc.queryForObject("select max_patients from gp_contract where id = ?", Integer.class, id))
                .isEqualTo(1000);
        assertThat(findings("OUT_OF_ORDER", id + "-old")).hasSize(1);
    }

    @Test
    void aLeaveRecordedBeforeTheLatestChangeOfThatPersonIsOutOfOrder() {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1200, kommune("2023-12-01T08:00:00Z"));
        ListedPatient person = GpTestData.person("5095");
        change(http, GpChangeMessages.contract(contract, id + "-c"));
        change(http, GpChangeMessages.joined(contract, person, LocalDate.of(2024, 1, 1),
                "OTOB", kommune("2024-01-02T10:00:00Z"), id + "-j"));
        change(http, GpChangeMessages.left(contract, person, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31),
                "OHUT", kommune("2024-04-01T10:00:00Z"), id + "-l2"));

        ResponseEntity<String> late = change(http, GpChangeMessages.left(contract, person, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 14), "OHUT", kommune("2024-02-15T10:00:00Z"), id + "-l1"));

        assertThat(outcome(late)).isEqualTo("out-of-order");
        assertThat(jdbc.queryForObject("select valid_to from gp_membership where contract_id = ?", LocalDate.class,
                id)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(GpTestData.diagnostics(late)).doesNotContain(person.nin()).contains("a person on contract:" + id);
    }

    @Test
    void aChangeThatContradictsTheStoredStateIsReportedNotApplied() {
        String id = GpTestData.contractId();
        GpContract full = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1, kommune("2024-01-01T08:00:00Z"));
        change(http, GpChangeMessages.contract(full, id + "-c"));
        change(http, GpChangeMessages.joined(full, GpTestData.person("5095"), LocalDate.of(2024, 1, 10), "OTOB",
                kommune("2024-01-10T08:00:00Z"), id + "-j1"));

        ResponseEntity<String> overCap = change(http, GpChangeMessages.joined(full, GpTestData.person("5095"),
                LocalDate.of(2024, 2, 1), "OTOB", kommune("2024-02-01T08:00:00Z"), id + "-j2"));
        ResponseEntity<String> notListed = change(http, GpChangeMessages.left(full, GpTestData.person("5095"),
                LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 1), "OHUT", kommune("2024-02-02T08:00:00Z"),
                id + "-l"));

        assertThat(overCap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(GpTestData.diagnostics(overCap)).contains("takes no one new until it is under its cap");
        assertThat(outcome(notListed)).isEqualTo("contradiction");
        assertThat(GpTestData.diagnostics(notListed)).contains("is not on the list of contract " + id);
        assertThat(memberships(id)).isEqualTo(1);
        assertThat(findings("CONTRADICTION", id + "-j2")).hasSize(1);
    }

    @Test
    void aChangeIdReusedForOtherContentIsAContradiction() {
        String id = GpTestData.contractId();
        change(http, GpChangeMessages.contract(GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1100,
                kommune("2024-01-01T08:00:00Z")), id + "-c"));

        ResponseEntity<String> reused = change(http, GpChangeMessages.contract(GpTestData.contract(id,
                GpTestData.NIDVIK_SENTRUM, 900, kommune("2024-01-01T08:00:00Z")), id + "-c"));

        assertThat(outcome(reused)).isEqualTo("contradiction");
        assertThat(GpTestData.diagnostics(reused)).contains("was used at").contains("for other content");
        assertThat(jdbc.queryForObject("select max_patients from gp_contract where id = ?", Integer.class, id))
                .isEqualTo(1100);
    }

    @Test
    void anUnreadableChangeIsRefusedSayingWhereButNotTheNumberFound() {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1100, kommune("2024-01-01T08:00:00Z"));
        ListedPatient person = GpTestData.person("5095");
        String wrong = person.nin().substring(0, 10) + ((person.nin().charAt(10) - '0' + 1) % 10);
        String message = GpChangeMessages.joined(contract, person, LocalDate.of(2024, 1, 2), "OTOB",
                kommune("2024-01-02T08:00:00Z"), id + "-bad").replace(person.nin(), wrong);

        ResponseEntity<Map> refused = http.exchange(org.springframework.http.RequestEntity
                .post("/api/directory/gp-changes").header("Content-Type", "application/fhir+json").body(message),
                Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("detail")).contains("Group.member[0].entity.identifier")
                .doesNotContain(wrong);
    }

    @Test
    void aFileOfChangeMessagesIsImportedLineByLineWithAReport() {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1100, kommune("2024-01-01T08:00:00Z"));
        String file = String.join("\n", GpChangeMessages.contract(contract, id + "-c"),
                GpChangeMessages.joined(contract, GpTestData.person("5095"), LocalDate.of(2024, 1, 5), "OTAT",
                        kommune("2024-01-05T08:00:00Z"), id + "-j"),
                "{\"resourceType\": \"Patient\" broken", GpChangeMessages.contract(contract, id + "-c"));

        Map<?, ?> report = http.postForObject("/api/directory/gp-changes/import?source=flr-eksport",
                new org.springframework.http.HttpEntity<>(file, ndjson()), Map.class);

        assertThat(report.get("changes")).isEqualTo(3);
        assertThat(report.get("outcomes")).isEqualTo(Map.of("APPLIED", 2, "DUPLICATE", 1));
        assertThat(report.get("invalidCount")).isEqualTo(1);
        assertThat(report.get("invalid").toString()).contains("line 3");
    }

    private static org.springframework.http.HttpHeaders ndjson() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.parseMediaType("application/x-ndjson"));
        return headers;
    }
}
