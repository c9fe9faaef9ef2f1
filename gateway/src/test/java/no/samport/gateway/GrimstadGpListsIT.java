package no.samport.gateway;

import static no.samport.gateway.GpTestData.change;
import static no.samport.gateway.GpTestData.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.Provenance;
import no.samport.directory.gp.service.GpListChanges;
import no.samport.testfixtures.gplists.MunicipalityGenerator;
import no.samport.testfixtures.gplists.SyntheticMunicipality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grimstad's lists, generated from its plan's figures (GP-LISTS.md §7): 25 contracts, 24 050 places, 24 545 listed,
 * 400 free on particular lists, 2 115 people on per-GP waiting lists, 4 new contracts from the first of next month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrimstadGpListsIT extends GatewayIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final LocalDate today = LocalDate.now(OSLO);
    private final LocalDate newContracts = today.withDayOfMonth(1).plusMonths(1);
    private final Provenance flr = new Provenance("flr", Instant.now().minusSeconds(3600));
    private SyntheticMunicipality grimstad;
    private Map<?, ?> statisticsAfterLoad;

    @Autowired
    GpListChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void loadGrimstad() {
        grimstad = new MunicipalityGenerator(4202).grimstad(today, newContracts);
        SyntheticLoads.load(changes, grimstad, flr, new Provenance("kommune", Instant.now()));
        statisticsAfterLoad = statistics();
    }

    private Map<?, ?> statistics() {
        return (Map<?, ?>) http.getForObject("/api/directory/gp-statistics?municipality=4202", List.class).get(0);
    }

    @Test
    void freePlacesAreSummedPerListNotCapLessListedForTheMunicipality() {
        // GL-03
        Map<?, ?> stats = statisticsAfterLoad;

        assertThat(stats.get("contracts")).as("the 4 new contracts have not started").isEqualTo(25);
        assertThat(stats.get("listed")).isEqualTo(24_545);
        assertThat(stats.get("caps")).isEqualTo(24_050);
        assertThat(stats.get("freePlaces")).isEqualTo(400);
        assertThat(stats.get("waitingPerGp")).isEqualTo(2_115);
        assertThat(stats.get("contractModels")).isEqualTo(Map.of("fastlonn-bonus", 7, "8.2-avtale", 4,
                "hovedmodell", 14));
    }

    @Test
    void statisticsCarryNoPersonalData() {
        String body = http.getForObject("/api/directory/gp-statistics?municipality=4202", String.class)
                + http.getForObject("/api/directory/gp-statistics/offices?municipality=4202", String.class);

        assertThat(body).doesNotContainPattern("\\d{11}");
        assertThat(body).doesNotContain(grimstad.listings().get(0).person().familyName() + "\"");
    }

    @Test
    void aPlaceOnAGpsListGoesToTheFirstInThatGpsQueueOnly() {
        // GL-02: when X's list drops below its cap, the first on X's queue is offered the place
        SyntheticMunicipality.Contract x = grimstad.contracts().stream().filter(c -> queue(c.id()) > 0)
                .min(Comparator.comparingInt(c -> listed(c.id()) - c.cap())).orElseThrow();
        int othersWaiting = jdbc.queryForObject("select count(*) from gp_waiting_entry where status = 'WAITING'"
                + " and target_contract_id <> ?", Integer.class, x.id());
        GpContract contract = SyntheticLoads.contract(grimstad, x, flr);
        List<SyntheticMunicipality.Listing> members = grimstad.listingsByContract().get(x.id());
        int leaving = listed(x.id()) - x.cap() + 1;

        for (int i = 0; i < leaving; i++) {
            SyntheticMunicipality.Listing member = members.get(i);
            assertThat(outcome(change(http, GpChangeMessages.left(contract, SyntheticLoads.patient(member.person()),
                    member.from(), today.minusDays(1), "OHUT", GpTestData.kommune(Instant.now().toString()),
                    x.id() + "-left-" + i)))).isEqualTo("applied");
        }

        String first = jdbc.queryForObject("select external_id from gp_waiting_entry where target_contract_id = ?"
                + " order by joined_at limit 1", String.class, x.id());
        assertThat(jdbc.queryForList("select external_id from gp_waiting_entry where status = 'OFFERED'"
                + " and offered_contract_id = ?", String.class, x.id())).containsExactly(first);
        assertThat(jdbc.queryForObject("select count(*) from gp_waiting_entry where status = 'WAITING'"
                + " and target_contract_id <> ?", Integer.class, x.id())).isEqualTo(othersWaiting);
    }

    @Test
    void aNewContractTakesNoOneBeforeItsStartDate() {
        // GL-05: 25 -> 29 contracts, lists of 750, from a start date
        SyntheticMunicipality.Contract future = grimstad.contracts().stream()
                .filter(c -> c.validFrom().equals(newContracts)).findFirst().orElseThrow();
        GpContract contract = SyntheticLoads.contract(grimstad, future, flr);

        var early = change(http, GpChangeMessages.joined(contract, GpTestData.person("4202"), today, "OTOB",
                GpTestData.kommune(Instant.now().toString()), future.id() + "-early"));
        var onTime = change(http, GpChangeMessages.joined(contract, GpTestData.person("4202"), newContracts, "OTOB",
                GpTestData.kommune(Instant.now().toString()), future.id() + "-on-time"));

        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(GpTestData.diagnostics(early)).contains("starts on " + newContracts);
        assertThat(outcome(onTime)).isEqualTo("applied");
    }

    @Test
    void aCapCutBelowTheListRemovesNobodyAndTakesNoOneNew() {
        // GL-04: the cap drops below the number listed; nobody is removed, free places are 0, not negative
        SyntheticMunicipality.Contract open = grimstad.contracts().stream()
                .filter(c -> !c.validFrom().isAfter(today) && listed(c.id()) < c.cap()).skip(1).findFirst()
                .orElseThrow();
        int before = listed(open.id());
        GpContract cut = SyntheticLoads.contract(grimstad, new SyntheticMunicipality.Contract(open.id(),
                open.officeOrgNr(), before - 20, "FAAA", open.model(), open.validFrom(), open.doctors()),
                GpTestData.kommune(Instant.now().toString()));

        assertThat(outcome(change(http, GpChangeMessages.contract(cut, open.id() + "-cut")))).isEqualTo("applied");
        var join = change(http, GpChangeMessages.joined(cut, GpTestData.person("4202"), today, "OTOB",
                GpTestData.kommune(Instant.now().toString()), open.id() + "-after-cut"));

        assertThat(listed(open.id())).isEqualTo(before);
        assertThat(join.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String group = http.getForObject("/api/directory/gp-contracts/" + open.id(), String.class);
        assertThat(group).contains("\"url\": \"https://samport.no/fhir/StructureDefinition/gp-free-places\",\n"
                + "        \"valueUnsignedInt\": 0");
    }

    private int listed(String contractId) {
        return jdbc.queryForObject("select count(*) from gp_membership where contract_id = ? and valid_to is null",
                Integer.class, contractId);
    }

    private int queue(String contractId) {
        return jdbc.queryForObject("select count(*) from gp_waiting_entry where target_contract_id = ?"
                + " and status = 'WAITING'", Integer.class, contractId);
    }
}
