package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.Competence;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.Membership;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import org.junit.jupiter.api.Test;

/**
 * GL-21: the list statistics of a small municipality with 6 GPs for 3 200 inhabitants (the joint-list municipality of
 * `001_a566af941c37529c.txt:6279-6285`; here fictional Småbygd, 5089, inhabitants configured in application-it.yml):
 * contracts, average list, model mix, specialist share, the utjamningstilskudd flag — and no personal data.
 */
class MonthlyGpStatisticsIT extends GatewayIT {

    private static final String SMABYGD = "5089";
    private static final GpOffice SMABYGD_LEGESENTER = new GpOffice("974760789", null, "Småbygd legesenter", SMABYGD);
    private static final LocalDate SINCE = LocalDate.of(2014, 1, 1);
    private static final Competence[] COMPETENCE = {Competence.SPECIALIST, Competence.SPECIALIST,
            Competence.SPECIALIST, Competence.IN_TRAINING, Competence.IN_TRAINING, Competence.SPECIALIST};
    private static final ContractModel[] MODELS = {ContractModel.FASTLONN, ContractModel.FASTLONN,
            ContractModel.FASTLONN, ContractModel.FASTLONN_BONUS, ContractModel.FASTLONN_BONUS, ContractModel.AVTALE_8_2};

    @Test
    void aSmallMunicipalityWithSixGpsIsCountedAndFlaggedForUtjamningstilskudd() {
        // GL-21: 3 200 inhabitants with 6 GPs; under 5 000 inhabitants and average list under 1 200; no personal data
        Provenance flr = new Provenance("flr", Instant.now().minusSeconds(600));
        List<String> nins = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            String id = GpTestData.contractId();
            GpContract contract = new GpContract(id, SMABYGD_LEGESENTER, SMABYGD, 600, ContractStatus.FAAA,
                    Period.from(SINCE), MODELS[g], List.of(new Doctor("91082" + g, "Lege " + (g + 1), null, null,
                    DoctorRelationship.LPFL, null, Period.from(SINCE), COMPETENCE[g])), flr);
            assertThat(outcome(change(http, GpChangeMessages.contract(contract, id + "-c")))).isEqualTo("applied");
            List<Membership> members = new ArrayList<>();
            for (int p = 0; p < (g < 2 ? 534 : 533); p++) {
                var person = GpTestData.person(SMABYGD);
                nins.add(person.nin());
                members.add(new Membership(0, id, person, Period.from(SINCE.plusDays(p)), "OTOB", null, null, flr));
            }
            assertThat(outcome(change(http, GpChangeMessages.snapshot(contract, members, id + "-s"))))
                    .isEqualTo("applied");
        }

        String body = http.getForObject("/api/directory/gp-statistics?municipality=" + SMABYGD, String.class);
        Map<?, ?> stats = (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=" + SMABYGD,
                List.class).get(0);

        assertThat(stats.get("contracts")).isEqualTo(6);
        assertThat(stats.get("listed")).isEqualTo(3_200);
        assertThat(stats.get("averageList")).isEqualTo(533.33);
        assertThat(stats.get("utjamningstilskudd")).isEqualTo(true);
        assertThat(stats.get("contractModels")).isEqualTo(Map.of("fastlonn", 3, "fastlonn-bonus", 2,
                "8.2-avtale", 1));
        assertThat(stats.get("specialistSharePercent")).isEqualTo(66.67);
        assertThat(stats.get("holderCompetence")).isEqualTo(Map.of("spesialist", 4, "under-spesialisering", 2));
        assertThat(stats.get("listsWithoutDoctor")).isEqualTo(0);
        assertThat(stats.get("residentsListed")).isEqualTo(3_200);
        assertThat(body).doesNotContainPattern("\\d{11}").doesNotContain("9108200");
        assertThat(nins).noneMatch(body::contains);
    }
}
