package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.kommune;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.Period;
import org.junit.jupiter.api.Test;

/**
 * GL-07: a vacant contract served by a vikar. A year after the fastlege left, and after a third advert, the
 * municipality (Nordvik's report-to HER-id) is told once that the recruitment review is due.
 */
class RecruitmentReviewIT extends GatewayIT {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private GpContract vacant(String id, List<LocalDate> adverts) {
        LocalDate left = today.minusMonths(14);
        return new GpContract(id, GpTestData.LADE, GpTestData.MUNICIPALITY, 1100, ContractStatus.FAAA,
                Period.from(LocalDate.of(2006, 1, 1)), ContractModel.HOVEDMODELL, List.of(
                new Doctor("9107101", "Siri Fjellheim", null, null, DoctorRelationship.LPFL, null,
                        new Period(LocalDate.of(2011, 1, 1), left)),
                new Doctor("9107102", "Vikar Vestby", null, null, DoctorRelationship.LPVI, "9107101",
                        Period.from(left.plusDays(1)))), kommune(Instant.now().toString()), adverts);
    }

    private List<Map<?, ?>> notices(String contractId) {
        return ((List<?>) http.getForObject("/api/directory/gp-findings?kind=NOTICE&limit=1000", List.class)).stream()
                .<Map<?, ?>>map(f -> (Map<?, ?>) f).filter(f -> contractId.equals(f.get("contractId"))).toList();
    }

    private static long documents(String contractId) throws IOException {
        Path out = folder("nidvik-fastlegekontor", "out");
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().contains("gp-recruitment-review-due"))
                    .filter(f -> read(f).contains(contractId)).count();
        }
    }

    @Test
    void aYearWithoutAFastlegeAndAThirdAdvertBringTheMunicipalityOneRecruitmentReviewNotice() {
        // GL-07: after one year and >= 3 adverts a "recruitment review due" alert reaches the municipality
        String id = GpTestData.contractId();
        List<LocalDate> adverts = List.of(today.minusMonths(16), today.minusMonths(10), today.minusMonths(4));
        assertThat(outcome(change(http, GpChangeMessages.contract(vacant(id, adverts.subList(0, 2)), id + "-c1"))))
                .isEqualTo("applied");

        assertThat(outcome(change(http, GpChangeMessages.contract(vacant(id, adverts), id + "-c2"))))
                .isEqualTo("applied");

        await().atMost(PATIENCE).until(() -> documents(id) == 1);
        assertThat(notices(id)).singleElement().satisfies(n -> assertThat(n.get("detail").toString())
                .contains("recruitment review due").contains("no fastlege since " + today.minusMonths(14).plusDays(1))
                .contains("advertised 3 times").contains("sent to 8300110"));
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
                .until(() -> documents(id) == 1 && notices(id).size() == 1);
    }

    @Test
    void theAdvertsAreStoredWithTheContract() {
        String id = GpTestData.contractId();
        change(http, GpChangeMessages.contract(vacant(id, List.of(LocalDate.of(2025, 3, 3))), id + "-c"));

        assertThat(http.getForObject("/api/directory/gp-contracts/" + id, String.class))
                .contains("gp-recruitment-advert").contains("2025-03-03");
    }
}
