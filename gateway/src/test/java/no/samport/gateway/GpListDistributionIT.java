package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Period;
import no.samport.kith.KithSchemaValidator;
import no.samport.kith.pasientliste.Pasientliste;
import no.samport.kith.pasientliste.PasientlisteReader;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** List documents out: HIS 1023 or FHIR to GP offices, capacity to the municipality, through the outbox. */
class GpListDistributionIT extends GatewayIT {

    private static final GpOffice FJORDGLOTT = new GpOffice("974760703", "8300700", "Fjordgløtt legesenter", "5095");
    private static final GpOffice SPERRET = new GpOffice("974760738", "8300800", "Sperret legekontor", "5095");
    private static final LocalDate SINCE = LocalDate.of(2018, 1, 1);
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    /** A contract at the office with a fastlege (with fødselsnummer) and these persons listed. */
    private GpContract listWith(GpOffice office, String doctorNin, ListedPatient... persons) {
        String id = GpTestData.contractId();
        GpContract contract = GpTestData.contract(id, office, 1200, kommune("2024-01-01T08:00:00Z"),
                new Doctor("9105001", "Hanne Fjordli", null, doctorNin, DoctorRelationship.LPFL, null,
                        Period.from(SINCE)));
        assertThat(outcome(change(http, GpChangeMessages.contract(contract, id + "-c")))).isEqualTo("applied");
        for (int i = 0; i < persons.length; i++) {
            assertThat(outcome(change(http, GpChangeMessages.joined(contract, persons[i], SINCE.plusDays(i), "OTOB",
                    kommune(Instant.now().toString()), id + "-j" + i)))).isEqualTo("applied");
        }
        return contract;
    }

    /** Waits for a document in an endpoint's out-folder whose name and content contain the texts given. */
    private static Path awaitDocument(String endpoint, String nameContains, String contentContains) {
        Path folder = folder(endpoint, "out");
        return await().atMost(PATIENCE).until(() -> documents(folder)
                .filter(f -> f.getFileName().toString().contains(nameContains))
                .filter(f -> read(f).contains(contentContains)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static Stream<Path> documents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList().stream();
        }
    }

    @Test
    void anOfficeWhoseEpjReadsHis1023GetsItsFullListThenItsChangesAsPasientliste() throws Exception {
        ListedPatient first = GpTestData.person("5095");
        ListedPatient second = GpTestData.person("5028");
        String doctorNin = GpTestData.person("5095").nin();
        GpContract contract = listWith(FJORDGLOTT, doctorNin, first, second);
        Map<?, ?> sent = http.postForObject("/api/directory/gp-offices/8300700/full-lists", null, Map.class);
        String name = outbox(null).stream().filter(d -> ((List<?>) sent.get("documents")).contains(d.get("id")))
                .map(d -> (String) d.get("name")).filter(n -> n.contains(contract.id())).findFirst().orElseThrow();

        Path full = awaitDocument("fjordglott-legesenter", name, "<Antall>2</Antall>");
        Pasientliste list = PasientlisteReader.read(Files.readAllBytes(full));
        assertThat(list.fnrLege()).isEqualTo(doctorNin);
        assertThat(list.month()).isEqualTo(YearMonth.from(today));
        assertThat(list.pasienter()).extracting(p -> p.person().nin()).containsExactlyInAnyOrder(first.nin(),
                second.nin());
        SharedReferences.kithSchemasDir().ifPresent(dir ->
                assertThat(KithSchemaValidator.fromDirectory(dir).validate(read(full).getBytes())).isEmpty());

        assertThat(outcome(change(http, GpChangeMessages.left(contract, second, SINCE.plusDays(1), today, "OHIU",
                kommune(Instant.now().toString()), contract.id() + "-left")))).isEqualTo("applied");

        Path changes = awaitDocument("fjordglott-legesenter", "pasientliste-" + contract.id() + "-" + YearMonth.from(
                today) + "-changes", "OHIU");
        Pasientliste changed = PasientlisteReader.read(Files.readAllBytes(changes));
        assertThat(changed.pasienter()).singleElement().satisfies(p -> {
            assertThat(p.person().nin()).isEqualTo(second.nin());
            assertThat(p.tom()).isEqualTo(today);
            assertThat(p.avgangsarsak()).isEqualTo("OHIU");
        });
    }

    @Test
    void anOfficeWithoutAListFormatGetsFhirMessages() {
        ListedPatient person = GpTestData.person("5095");
        GpContract contract = listWith(GpTestData.LADE, null, person);

        // the office's full list or its changes, whichever carried the person first
        Path full = await().atMost(PATIENCE).until(() -> documents(folder("lade-legesenter", "out"))
                .filter(f -> f.getFileName().toString().startsWith("gp-list-"))
                .filter(f -> read(f).contains(contract.id()) && read(f).contains(person.nin())).findFirst(),
                Optional::isPresent).orElseThrow();

        Bundle message = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, read(full));
        assertThat(Bundles.header(message).getEventCoding().getCode()).isIn("gp-list-full", "gp-list-changes");
        assertThat(Bundles.header(message).getDestinationFirstRep().getEndpoint()).isEqualTo("urn:samport:her:8300200");
        assertThat(message.getEntry()).extracting(e -> e.getResource()).filteredOn(Patient.class::isInstance)
                .extracting(p -> ((Patient) p).getIdentifierFirstRep().getValue()).contains(person.nin());
    }

    @Test
    void theMunicipalityGetsItsListsCapacityWithoutPersonalData() {
        GpContract contract = listWith(GpTestData.NIDVIK_SENTRUM, null, GpTestData.person("5095"));

        Path capacity = awaitDocument("nidvik-fastlegekontor", "gp-capacity-update-", contract.id());

        assertThat(read(capacity)).contains("gp-free-places").doesNotContain("\"Patient\"")
                .doesNotContainPattern("\"\\d{11}\"");
    }

    @Test
    void aDocumentItsEndpointRefusesIsRetriedThenFailedAndSentWhenAnOperatorRetries() throws IOException {
        Path blocked = folder("sperret-legekontor", "out");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "not a folder");
        listWith(SPERRET, null, GpTestData.person("5095"));

        Map<?, ?> failed = await().atMost(PATIENCE).until(() -> outbox("FAILED").stream()
                .filter(d -> "8300800".equals(d.get("recipientHerId"))).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat((String) failed.get("lastError")).isNotBlank();

        Files.delete(blocked);
        http.postForObject("/api/directory/gp-outbox/" + failed.get("id") + "/retry", null, Map.class);

        assertThat(awaitDocument("sperret-legekontor", "gp-list-full", "8300800")).exists();
    }

    private List<Map<?, ?>> outbox(String status) {
        return ((List<?>) http.getForObject("/api/directory/gp-outbox" + (status == null ? "" : "?status=" + status),
                List.class)).stream()
                .<Map<?, ?>>map(m -> (Map<?, ?>) m).toList();
    }
}
