package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GL-19: a municipal merger cut-over. Fictional Storvik (5091) and Småvik (5092) became Nye Storvik (5090) on
 * 2020-01-01 (application-it.yml), modelled on "Nye Narvik" (`001_a566af941c37529c.txt:4429-4433`).
 */
class MunicipalMergerIT extends GatewayIT {

    private static final Map<String, GpOffice> OFFICES = Map.of(
            "5091", new GpOffice("974760762", null, "Storvik legesenter", "5091"),
            "5092", new GpOffice("974760770", null, "Småvik legekontor", "5092"));

    private static GpContract contract(String id, String municipality, Provenance provenance) {
        return new GpContract(id, OFFICES.get(municipality), municipality, 900, ContractStatus.FAAA,
                Period.from(LocalDate.of(2012, 1, 1)), ContractModel.HOVEDMODELL, List.of(), provenance);
    }

    private Map<?, ?> nyeStorvik() {
        return (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=5090", List.class).get(0);
    }

    private static int number(Map<?, ?> stats, String key) {
        return ((Number) stats.get(key)).intValue();
    }

    private String municipalityOf(String contractId) {
        return http.getForObject("/api/directory/gp-contracts/" + contractId, String.class);
    }

    @Test
    void dataAfterTheMergerDayIsMappedAndTheOldListsCountUnderTheNewMunicipality() {
        // GL-19: messages after 2020-01-01 with old municipality codes are mapped; lists migrate; nothing lost
        Map<?, ?> before = nyeStorvik();
        String storvik = GpTestData.contractId();
        String smavik = GpTestData.contractId();
        GpContract storvikContract = contract(storvik, "5091", kommune("2019-11-01T08:00:00Z"));

        ResponseEntity<String> old = change(http, GpChangeMessages.contract(storvikContract, storvik + "-c"));
        ResponseEntity<String> after = change(http, GpChangeMessages.contract(contract(smavik, "5092",
                kommune("2020-01-06T08:00:00Z")), smavik + "-c"));
        ListedPatient person = GpTestData.person("5092");
        ResponseEntity<String> joined = change(http, GpChangeMessages.joined(storvikContract, person,
                LocalDate.of(2020, 2, 3), "OTOB", kommune("2020-02-03T08:00:00Z"), storvik + "-j"));

        assertThat(outcome(old)).isEqualTo("applied");
        assertThat(GpTestData.issues(old)).as("recorded before the merger: no mapping").hasSize(1);
        assertThat(municipalityOf(storvik)).as("kept as recorded").contains("\"5091\"");
        assertThat(outcome(after)).isEqualTo("applied");
        assertThat(GpTestData.issues(after)).anySatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
            assertThat(issue.getDiagnostics()).isEqualTo(
                    "the contract's municipality 5092 was merged into 5090 on 2020-01-01: recorded as 5090");
        });
        assertThat(municipalityOf(smavik)).contains("\"5090\"").doesNotContain("\"5092\"");
        assertThat(outcome(joined)).isEqualTo("applied");
        assertThat(GpTestData.issues(joined).get(1).getDiagnostics()).contains("home municipality 5092")
                .doesNotContain(person.nin());

        Map<?, ?> now = nyeStorvik();
        assertThat(number(now, "contracts")).as("both old municipalities' lists").isEqualTo(
                number(before, "contracts") + 2);
        assertThat(number(now, "listed")).isEqualTo(number(before, "listed") + 1);
        assertThat(number(now, "residentsListed")).isEqualTo(number(before, "residentsListed") + 1);
        assertThat(now.get("name")).isEqualTo("Nye Storvik");
    }

    @Test
    void anImportReportNotesEveryMappedChange() {
        String late = GpTestData.contractId();
        String early = GpTestData.contractId();
        String file = String.join("\n",
                GpChangeMessages.contract(contract(early, "5091", kommune("2019-12-31T10:00:00Z")), early + "-c"),
                GpChangeMessages.contract(contract(late, "5091", kommune("2020-01-01T10:00:00Z")), late + "-c"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));

        Map<?, ?> report = http.postForObject("/api/directory/gp-changes/import?source=flr-eksport",
                new HttpEntity<>(file, headers), Map.class);

        assertThat(report.get("outcomes")).isEqualTo(Map.of("APPLIED", 2));
        assertThat(report.get("notedCount")).isEqualTo(1);
        assertThat(report.get("notes").toString()).contains("change " + late + "-c: the contract's municipality 5091")
                .doesNotContain(early);
        assertThat(municipalityOf(early)).contains("\"5091\"");
        assertThat(municipalityOf(late)).contains("\"5090\"");
    }
}
