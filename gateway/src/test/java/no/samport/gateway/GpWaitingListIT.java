package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Municipal waiting lists, each test in a fictional municipality of its own: Elvik's (groups first), Fjellvik's (offers
 * expire after a second) and Bekkvik's (no rules configured: join time alone).
 */
class GpWaitingListIT extends GatewayIT {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    JdbcTemplate jdbc;

    /** A new contract with nobody listed (a nullhjemmel) starting today. */
    private GpContract nullhjemmel(String municipality, int cap) {
        String id = GpTestData.contractId();
        GpContract contract = new GpContract(id, GpTestData.NIDVIK_SENTRUM, municipality, cap, ContractStatus.FAAA,
                Period.from(today), ContractModel.FASTLONN_BONUS, List.of(new Doctor("9106001", "Ny Lege", null, null,
                DoctorRelationship.LPFL, null, Period.from(today))), kommune(Instant.now().toString()));
        assertThat(outcome(change(http, GpChangeMessages.contract(contract, id)))).isEqualTo("applied");
        return contract;
    }

    private Map<?, ?> importCsv(String csv) {
        return http.postForObject("/api/directory/waiting-list/import?source=kommune",
                new org.springframework.http.HttpEntity<>(csv, csvHeaders()), Map.class);
    }

    private static org.springframework.http.HttpHeaders csvHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.parseMediaType("text/csv"));
        return headers;
    }

    private String status(String source, String entryId) {
        return jdbc.queryForObject("select status from gp_waiting_entry where source = ? and external_id = ?",
                String.class, source, entryId);
    }

    private String id(String entryId) {
        return jdbc.queryForObject("select id::text from gp_waiting_entry where external_id = ?", String.class, entryId);
    }

    @Test
    void placesOnANewListGoByGroupThenJoinTimeAndAnAcceptedPlaceKeepsTheHomeMunicipality() {
        // GL-06 (a new list starts empty and takes its first patients from the waiting list), GL-08 (a resident of a
        // neighbouring municipality gets the place; the list keeps the home municipality for Helfo's settlement)
        String run = GpTestData.contractId();
        ListedPatient switching = GpTestData.person("5097");
        ListedPatient withoutGp = GpTestData.person("5028");
        ListedPatient elsewhere = GpTestData.person("5097");
        Map<?, ?> report = importCsv("entry_id;fodselsnummer;municipality;group;joined_at;home_municipality\n"
                + run + "-a;" + switching.nin() + ";5097;switch-within;2022-01-10;5097\n"
                + run + "-b;" + withoutGp.nin() + ";5097;no-gp;2023-06-01;5028\n"
                + run + "-c;" + elsewhere.nin() + ";5097;gp-elsewhere;2023-09-01;5097\n");
        assertThat(report.get("outcomes")).isEqualTo(Map.of("APPLIED", 3));

        GpContract list = nullhjemmel("5097", 2);

        assertThat(status("kommune", run + "-b")).isEqualTo("OFFERED");
        assertThat(status("kommune", run + "-c")).isEqualTo("OFFERED");
        assertThat(status("kommune", run + "-a")).as("switching within the municipality comes last").isEqualTo("WAITING");
        assertThat(read(awaitPlacesOffered(list.id()))).contains(run + "-b").contains(run + "-c");

        String accepted = http.postForObject("/api/directory/waiting-list/" + id(run + "-b") + "/accept", null,
                String.class);
        http.postForObject("/api/directory/waiting-list/" + id(run + "-c") + "/decline", null, String.class);

        assertThat(accepted).contains("begin code OTVE");
        assertThat(status("kommune", run + "-a")).as("the declined place goes to the next").isEqualTo("OFFERED");
        String group = http.getForObject("/api/directory/gp-contracts/" + list.id() + "?members=true", String.class);
        assertThat(group).contains(withoutGp.nin()).contains("gp-home-municipality").contains("\"code\": \"5028\"")
                .contains("\"code\": \"OTVE\"");
    }

    @Test
    void anOfferNotAnsweredByItsDeadlinePassesToTheNext() {
        String run = GpTestData.contractId();
        importCsv("entry_id;fodselsnummer;municipality;joined_at\n"
                + run + "-1;" + GpTestData.person("5098").nin() + ";5098;2023-01-01\n"
                + run + "-2;" + GpTestData.person("5098").nin() + ";5098;2023-02-01\n");

        nullhjemmel("5098", 1);
        assertThat(status("kommune", run + "-1")).isEqualTo("OFFERED");

        await().atMost(PATIENCE).until(() -> "EXPIRED".equals(status("kommune", run + "-1")));
        await().atMost(PATIENCE).until(() -> "OFFERED".equals(status("kommune", run + "-2")));
    }

    @Test
    void aWaitingListEntryIsAFhirTask() {
        String run = GpTestData.contractId();
        importCsv("entry_id;fodselsnummer;municipality;group;joined_at\n"
                + run + ";" + GpTestData.person("5096").nin() + ";5096;no-gp;2024-02-01\n");

        String task = http.getForObject("/api/directory/waiting-list/" + id(run), String.class);

        assertThat(task).contains("\"resourceType\": \"Task\"").contains("\"status\": \"requested\"")
                .contains("gp-waiting-group").contains("\"value\": \"" + run + "\"");
    }

    @Test
    void aWaitingListCsvWithABadLineReportsItAndImportsTheRest() {
        String run = GpTestData.contractId();
        Map<?, ?> report = importCsv("entry_id;fodselsnummer;municipality;joined_at\n"
                + run + "-ok;" + GpTestData.person("5096").nin() + ";5096;2024-01-05\n"
                + run + "-bad;12345678901;5096;2024-01-06\n");

        assertThat(report.get("outcomes")).isEqualTo(Map.of("APPLIED", 1));
        assertThat(report.get("invalid").toString()).contains("line 3, fodselsnummer").doesNotContain("12345678901");
    }

    private java.nio.file.Path awaitPlacesOffered(String contractId) {
        return await().atMost(PATIENCE).until(() -> {
            java.nio.file.Path out = folder("nidvik-fastlegekontor", "out");
            if (!java.nio.file.Files.isDirectory(out)) {
                return null;
            }
            try (var files = java.nio.file.Files.list(out)) {
                return files.filter(f -> f.getFileName().toString().startsWith("gp-place-offered"))
                        .filter(f -> read(f).contains(contractId)).findFirst().orElse(null);
            }
        }, java.util.Objects::nonNull);
    }
}
