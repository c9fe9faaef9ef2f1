package no.samport.gateway;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.testfixtures.gplists.SyntheticIdentities;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Fresh synthetic persons and contracts for GP-list integration tests (each test uses its own), in fictional Nordvik
 * (5095); the demo's Nidvik (5099) is left to the demo walkthrough.
 */
final class GpTestData {

    static final String MUNICIPALITY = "5095";
    static final GpOffice NIDVIK_SENTRUM = new GpOffice("974760673", "8399001", "Nordvik sentrum legekontor", "5095");
    static final GpOffice LADE = new GpOffice("974760681", "8300200", "Lade legesenter", "5095");
    static final GpOffice BAKKEGATA = new GpOffice("974760690", "8300300", "Bakkegata legekontor", "5095");
    private static final SyntheticIdentities IDS = new SyntheticIdentities(new Random());
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private GpTestData() {
    }

    /**
     * A new person, born in 2023 or 2024: the municipality generators' persons are born 1925-2022 and their doctors
     * 1955-1993, so a test's person never shares a fødselsnummer with the generated Trondheim or Grimstad.
     */
    static synchronized ListedPatient person(String home) {
        LocalDate birth = LocalDate.of(2023, 1, 1).plusDays(new Random().nextInt(731));
        return new ListedPatient(IDS.fodselsnummer(birth, birth.getDayOfMonth() % 2 == 0), "Testesen", "Kari",
                birth, "2", home);
    }

    static String contractId() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static GpContract contract(String id, GpOffice office, int cap, Provenance provenance, Doctor... doctors) {
        return new GpContract(id, office, MUNICIPALITY, cap, ContractStatus.FAAA, Period.from(LocalDate.of(2015, 1, 1)),
                ContractModel.HOVEDMODELL, List.of(doctors), provenance);
    }

    static Provenance kommune(String instant) {
        return new Provenance("kommune", Instant.parse(instant));
    }

    static ResponseEntity<String> post(TestRestTemplate http, String path, String body, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    static ResponseEntity<String> change(TestRestTemplate http, String message) {
        return post(http, "/api/directory/gp-changes", message, "application/fhir+json");
    }

    /** The outcome code of an OperationOutcome answer (applied, duplicate, out-of-order, ...). */
    static String outcome(ResponseEntity<String> answer) {
        OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.getBody());
        return outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
    }

    static java.util.List<OperationOutcome.OperationOutcomeIssueComponent> issues(ResponseEntity<String> answer) {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.getBody()).getIssue();
    }

    static String diagnostics(ResponseEntity<String> answer) {
        return FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.getBody()).getIssueFirstRep()
                .getDiagnostics();
    }
}
