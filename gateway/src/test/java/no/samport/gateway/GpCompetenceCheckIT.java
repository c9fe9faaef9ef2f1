package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * GL-20: the competence check on import. A contract from 2019-08-01 whose fastlege is neither specialist in
 * allmennmedisin nor in specialist training is imported, and the breach is a finding an operator sees and the statistics
 * count. Fictional Fjordvik (5093) keeps the counts apart from the other tests.
 */
class GpCompetenceCheckIT extends GatewayIT {

    private static final String FJORDVIK = "5093";
    private static final GpOffice FJORDVIK_LEGEKONTOR = new GpOffice("974760754", null, "Fjordvik legekontor",
            FJORDVIK);
    private static final LocalDate AUGUST_2019 = LocalDate.of(2019, 8, 1);

    private static GpContract contract(String id, String hpr, Competence competence, Provenance provenance) {
        return new GpContract(id, FJORDVIK_LEGEKONTOR, FJORDVIK, 800, ContractStatus.FAAA, Period.from(AUGUST_2019),
                ContractModel.FASTLONN, List.of(new Doctor(hpr, "Ny Fastlege", null, null, DoctorRelationship.LPFL,
                null, Period.from(AUGUST_2019), competence)), provenance);
    }

    private List<Map<?, ?>> complianceFindings(String contractId) {
        return ((List<?>) http.getForObject("/api/directory/gp-findings?kind=COMPLIANCE&limit=1000", List.class))
                .stream().<Map<?, ?>>map(f -> (Map<?, ?>) f).filter(f -> contractId.equals(f.get("contractId")))
                .toList();
    }

    private Map<?, ?> fjordvik() {
        return (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=" + FJORDVIK, List.class)
                .get(0);
    }

    @Test
    void aFastlegeNeitherSpecialistNorInTrainingIsImportedWithAComplianceFinding() {
        // GL-20: a contract starting 2019-08-01 for a doctor neither specialist nor in training
        String id = GpTestData.contractId();
        int findingsBefore = ((Number) fjordvik().get("competenceFindings")).intValue();

        ResponseEntity<String> answer = change(http, GpChangeMessages.contract(contract(id, "9144801",
                Competence.NEITHER, kommune("2019-07-15T08:00:00Z")), id + "-c"));

        assertThat(outcome(answer)).as("the contract is still imported").isEqualTo("applied");
        OperationOutcome.OperationOutcomeIssueComponent warning = GpTestData.issues(answer).get(1);
        assertThat(warning.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
        assertThat(warning.getDiagnostics()).contains("HPR number 9144801").contains("neither a specialist");
        assertThat(http.getForObject("/api/directory/gp-contracts/" + id, String.class)).contains("9144801");
        assertThat(complianceFindings(id)).singleElement().satisfies(f -> {
            assertThat(f.get("source")).isEqualTo("kommune");
            assertThat(f.get("changeId")).isEqualTo(id + "-c");
        });
        Map<?, ?> stats = fjordvik();
        assertThat(((Number) stats.get("competenceFindings")).intValue()).isEqualTo(findingsBefore + 1);
        assertThat(stats.toString()).doesNotContain("9144801");
    }

    @Test
    void theSameContractSentAgainRaisesNoSecondFinding() {
        String id = GpTestData.contractId();
        change(http, GpChangeMessages.contract(contract(id, "9144802", Competence.NEITHER,
                kommune("2019-07-15T08:00:00Z")), id + "-c"));

        ResponseEntity<String> again = change(http, GpChangeMessages.contract(contract(id, "9144802",
                Competence.NEITHER, kommune("2019-07-16T08:00:00Z")), id + "-c2"));

        assertThat(outcome(again)).isEqualTo("unchanged");
        assertThat(complianceFindings(id)).hasSize(1);
    }

    @Test
    void aFileImportReportsItsComplianceFindingsAndImportsEveryContract() {
        String trained = GpTestData.contractId();
        String untrained = GpTestData.contractId();
        String file = String.join("\n",
                GpChangeMessages.contract(contract(trained, "9144803", Competence.IN_TRAINING,
                        kommune("2019-07-15T08:00:00Z")), trained + "-c"),
                GpChangeMessages.contract(contract(untrained, "9144804", Competence.NEITHER,
                        kommune("2019-07-15T08:00:00Z")), untrained + "-c"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));

        Map<?, ?> report = http.postForObject("/api/directory/gp-changes/import?source=flr-eksport",
                new HttpEntity<>(file, headers), Map.class);

        assertThat(report.get("outcomes")).isEqualTo(Map.of("APPLIED", 2));
        assertThat(report.get("complianceCount")).isEqualTo(1);
        assertThat(report.get("compliance").toString()).contains(untrained).doesNotContain(trained);
        assertThat(complianceFindings(trained)).isEmpty();
    }
}
