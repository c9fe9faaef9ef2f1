package no.samport.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.ContractModel;
import no.samport.directory.gp.ContractStatus;
import no.samport.directory.gp.Doctor;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.GpOffice;
import no.samport.directory.gp.Period;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.testfixtures.gplists.MunicipalityGenerator;
import no.samport.testfixtures.gplists.SyntheticMunicipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trondheim's lists, generated from its plan's figures (GP-LISTS.md §7): 200 GPs with lists of about 1 100, almost no
 * free places, and a municipal waiting list of 4 000 in three groups, ordered by join time (the labelled default).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrondheimGpListsIT extends GatewayIT {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private SyntheticMunicipality trondheim;
    private Map<?, ?> statisticsAfterLoad;

    @Autowired
    GpListChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void loadTrondheim() {
        trondheim = new MunicipalityGenerator(5001).trondheim(today);
        SyntheticLoads.load(changes, trondheim, new Provenance("flr", Instant.now().minusSeconds(3600)),
                new Provenance("kommune", Instant.now().minusSeconds(60)));
        statisticsAfterLoad = statistics();
    }

    private Map<?, ?> statistics() {
        return (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=5001", List.class).get(0);
    }

    private long waiting() {
        Map<?, ?> stats = statistics();
        return ((Number) stats.get("waitingMunicipal")).longValue() + ((Number) stats.get("waitingPerGp")).longValue();
    }

    @Test
    void aWholeMunicipalitysListsAreLoaded() {
        assertThat(statisticsAfterLoad.get("contracts")).isEqualTo(200);
        assertThat(((Number) statisticsAfterLoad.get("listed")).longValue()).isEqualTo(trondheim.listings().size())
                .isBetween(200_000L, 240_000L);
        assertThat((Double) statisticsAfterLoad.get("averageList")).isBetween(1_050.0, 1_150.0);
        assertThat(statisticsAfterLoad.get("waitingMunicipal")).isEqualTo(4_000);
    }

    @Test
    void aNewContractsPlacesGoToTheWaitingListByTheConfiguredOrderAndAcceptedOnesLeaveIt() {
        // GL-01: a new contract opens 1 000 places; entries of all three groups are offered places by the ordering
        // rule; accepted entries become list associations with begin code OTVE; the count drops
        List<String> firstInLine = jdbc.queryForList("select id::text from gp_waiting_entry where municipality = '5001'"
                + " and status = 'WAITING' order by joined_at, id limit 1000", String.class);
        GpContract nullhjemmel = new GpContract("TRD-NY-1", new GpOffice("974760711", null, "Nytt legesenter", "5001"),
                "5001", 1000, ContractStatus.FAAA, Period.from(today), ContractModel.FASTLONN,
                List.of(new Doctor("9109001", "Ny Fastlege", null, null, DoctorRelationship.LPFL, null,
                        Period.from(today))), GpTestData.kommune(Instant.now().toString()));

        assertThat(GpTestData.outcome(GpTestData.change(http, GpChangeMessages.contract(nullhjemmel, "trd-ny-1"))))
                .isEqualTo("applied");

        List<String> offered = jdbc.queryForList("select id::text from gp_waiting_entry where offered_contract_id ="
                + " 'TRD-NY-1' and status = 'OFFERED'", String.class);
        assertThat(new HashSet<>(offered)).isEqualTo(new HashSet<>(firstInLine));
        assertThat(jdbc.queryForList("select distinct wait_group from gp_waiting_entry where offered_contract_id ="
                + " 'TRD-NY-1'", String.class)).containsExactlyInAnyOrder("no-gp", "gp-elsewhere", "switch-within");

        long before = waiting();
        for (String id : offered.subList(0, 3)) {
            String answer = http.postForObject("/api/directory/waiting-list/" + id + "/accept?source=kommune", null,
                    String.class);
            assertThat(answer).contains("begin code OTVE");
        }

        assertThat(before - waiting()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from gp_membership where contract_id = 'TRD-NY-1'"
                + " and begin_code = 'OTVE'", Integer.class)).isEqualTo(3);
        assertThat(http.getForObject("/api/directory/gp-findings?kind=NOTICE", String.class))
                .contains("1000 place(s) on contract TRD-NY-1 offered");
    }
}
