package no.samport.directory.gp.waiting;

import static no.samport.directory.gp.TestContracts.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListedPatient;
import no.samport.directory.gp.Provenance;
import org.junit.jupiter.api.Test;

class WaitingListRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);
    private static final Provenance KOMMUNE = new Provenance("kommune", Instant.parse("2024-03-01T08:00:00Z"));
    private final GpContract list = open("C1", 1000);
    private final GpContract otherList = open("C2", 1000);

    private static WaitingEntry entry(String target, WaitingGroup group, String joined) {
        return new WaitingEntry(UUID.randomUUID(), null, ListedPatient.identifiedOnly("12835412316", "5099"), "5099",
                target, group, Instant.parse(joined), WaitingStatus.WAITING, null, null, KOMMUNE);
    }

    @Test
    void joinTimeAloneOrdersTheListByDefault() {
        WaitingEntry late = entry(null, WaitingGroup.NO_GP, "2023-05-01T10:00:00Z");
        WaitingEntry early = entry(null, WaitingGroup.SWITCH_WITHIN, "2022-01-01T10:00:00Z");

        Comparator<WaitingEntry> order = WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of());

        assertThat(new ArrayList<>(List.of(late, early)).stream().sorted(order)).containsExactly(early, late);
    }

    @Test
    void aConfiguredGroupOrderComesBeforeJoinTime() {
        WaitingEntry switching = entry(null, WaitingGroup.SWITCH_WITHIN, "2021-01-01T10:00:00Z");
        WaitingEntry noGp = entry(null, WaitingGroup.NO_GP, "2023-12-01T10:00:00Z");
        WaitingEntry elsewhere = entry(null, WaitingGroup.GP_ELSEWHERE, "2022-06-01T10:00:00Z");
        Comparator<WaitingEntry> order = WaitingOrder.of(List.of(OrderCriterion.GROUP, OrderCriterion.JOINED_AT),
                List.of(WaitingGroup.NO_GP, WaitingGroup.GP_ELSEWHERE, WaitingGroup.SWITCH_WITHIN));

        assertThat(List.of(switching, noGp, elsewhere).stream().sorted(order))
                .containsExactly(noGp, elsewhere, switching);
    }

    @Test
    void freePlacesLessThoseHeldByOpenOffersAreOffered() {
        List<WaitingEntry> queue = List.of(entry(null, null, "2022-01-01T10:00:00Z"),
                entry(null, null, "2022-02-01T10:00:00Z"), entry(null, null, "2022-03-01T10:00:00Z"));

        List<WaitingEntry> offered = OfferPlanner.plan(list, 997, 1, TODAY, queue, Set.of(),
                WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of()));

        assertThat(offered).containsExactly(queue.get(0), queue.get(1));
    }

    @Test
    void aPlaceOnOneGpsListGoesOnlyToThatGpsQueue() {
        // GL-02: per-GP lists; queues for other GPs are untouched
        WaitingEntry forOther = entry("C2", null, "2021-01-01T10:00:00Z");
        WaitingEntry forThis = entry("C1", null, "2023-01-01T10:00:00Z");

        List<WaitingEntry> offered = OfferPlanner.plan(list, 999, 0, TODAY, List.of(forOther, forThis), Set.of(),
                WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of()));

        assertThat(offered).containsExactly(forThis);
        assertThat(OfferPlanner.plan(otherList, 999, 0, TODAY, List.of(forOther, forThis), Set.of(),
                WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of()))).containsExactly(forOther);
    }

    @Test
    void aListAtOrOverItsCapOffersNothing() {
        // GL-04: after a cap cut the list takes no one new until it is under its cap
        List<WaitingEntry> queue = List.of(entry("C1", null, "2022-01-01T10:00:00Z"));

        assertThat(OfferPlanner.plan(list, 1180, 0, TODAY, queue, Set.of(),
                WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of()))).isEmpty();
    }

    @Test
    void entriesAlreadyOfferedOrOnTheListAreSkipped() {
        WaitingEntry offered = new WaitingEntry(UUID.randomUUID(), null, ListedPatient.identifiedOnly("12835412316",
                "5099"), "5099", null, null, Instant.parse("2020-01-01T00:00:00Z"), WaitingStatus.OFFERED, "C2",
                Instant.parse("2024-03-15T00:00:00Z"), KOMMUNE);
        WaitingEntry listed = entry(null, null, "2020-06-01T00:00:00Z");
        WaitingEntry next = entry(null, null, "2021-01-01T00:00:00Z");

        assertThat(OfferPlanner.plan(list, 900, 0, TODAY, List.of(offered, listed, next), Set.of(listed.id()),
                WaitingOrder.of(List.of(OrderCriterion.JOINED_AT), List.of()))).containsExactly(next);
    }
}
