package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.kith.pasientliste.Pasientliste;
import no.samport.kith.pasientliste.PasientlisteWriter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sources that disagree: reported figures, a source's own count of a list, a HIS 1023 list from HELFO. */
class GpReconciliationIT extends GatewayIT {

    private Map<?, ?> report() {
        return http.getForObject("/api/directory/gp-reconciliation", Map.class);
    }

    private List<Map<?, ?>> figures(String subject) {
        return ((List<?>) report().get("figures")).stream().<Map<?, ?>>map(f -> (Map<?, ?>) f)
                .filter(f -> subject.equals(f.get("subject"))).toList();
    }

    @Test
    void disagreeingFiguresAreReportedWithProvenanceAndTheMunicipalValueWins() {
        // GL-22: helsenorge-derived leavers = 0, the municipal report = 5 for the same town
        String subject = "municipality:18" + System.nanoTime() % 100;
        ResponseEntity<Void> posted = http.postForEntity("/api/directory/gp-figures", List.of(
                Map.of("source", "helsenorge", "subject", subject, "metric", "leavers", "period", "2019-03",
                        "value", 0, "reportedAt", "2019-04-02T10:00:00Z"),
                Map.of("source", "kommune", "subject", subject, "metric", "leavers", "period", "2019-03",
                        "value", 5, "reportedAt", "2019-04-05T12:00:00Z")), Void.class);

        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(figures(subject)).singleElement().satisfies(d -> {
            assertThat(d.get("acceptedSource")).isEqualTo("kommune");
            assertThat(d.get("acceptedValue")).isEqualTo(5);
            assertThat(d.get("values").toString()).contains("helsenorge").contains("2019-04-02T10:00:00Z");
        });
    }

    @Test
    void aSourcesOwnCountOfAListIsComparedWithSamports() {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1200, kommune(Instant.now().toString()));
        String message = GpChangeMessages.contract(contract, id + "-c").replace("\"quantity\":0", "\"quantity\":1102");

        assertThat(outcome(change(http, message))).isEqualTo("applied");

        assertThat(figures("contract:" + id)).singleElement().satisfies(d -> {
            assertThat(d.get("samportValue")).isEqualTo(0);
            assertThat(d.get("acceptedValue")).isEqualTo(1102);
        });
    }

    @Test
    void aHelfoListThatDiffersFromSamportsIsReportedNotApplied() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String doctorNin = GpTestData.person("5095").nin();
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, GpTestData.NIDVIK_SENTRUM, 1200, kommune("2024-01-01T08:00:00Z"),
                new Doctor("9107001", "Liv Helfo", null, doctorNin, DoctorRelationship.LPFL, null,
                        Period.from(LocalDate.of(2016, 1, 1))));
        ListedPatient ours = GpTestData.person("5095");
        change(http, GpChangeMessages.contract(contract, id + "-c"));
        change(http, GpChangeMessages.joined(contract, ours, LocalDate.of(2020, 1, 1), "OTOB",
                kommune("2020-01-02T08:00:00Z"), id + "-j"));
        ListedPatient theirs = GpTestData.person("5095");
        Pasientliste helfo = new Pasientliste("LE", YearMonth.from(today), doctorNin, null, "Liv Helfo", "5095", null,
                "PI", List.of(new Pasientliste.Pasient(LocalDate.of(2019, 5, 1), null, null, null, "5099", null,
                new Pasientliste.Person(theirs.familyName(), null, theirs.givenName(), theirs.birthDate(), "2",
                        theirs.nin(), "FNR"))));
        HttpHeaders xml = new HttpHeaders();
        xml.setContentType(MediaType.APPLICATION_XML);

        ResponseEntity<String> answer = http.postForEntity("/api/directory/gp-changes/pasientliste?source=helfo",
                new HttpEntity<>(PasientlisteWriter.write(helfo), xml), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(GpTestData.diagnostics(answer)).contains("sources disagree about the list of contract " + id)
                .contains("1 only in helfo, 1 only in Samport").doesNotContain(theirs.nin());
        assertThat(report().get("listFindings").toString()).contains(id);
    }
}
