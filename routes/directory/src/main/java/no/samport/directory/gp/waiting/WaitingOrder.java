package no.samport.directory.gp.waiting;

import java.util.Comparator;
import java.util.List;

/** A municipality's ordering rule for its waiting list, built from configuration; ties go to the earlier entry. */
public final class WaitingOrder {

    private WaitingOrder() {
    }

    /**
     * @param criteria   the keys, most significant first (e.g. GROUP, JOINED_AT)
     * @param groupOrder the order of the groups when GROUP is a key
     */
    public static Comparator<WaitingEntry> of(List<OrderCriterion> criteria, List<WaitingGroup> groupOrder) {
        Comparator<WaitingEntry> order = (a, b) -> 0;
        for (OrderCriterion criterion : criteria) {
            order = order.thenComparing(switch (criterion) {
                case GROUP -> Comparator.comparingInt((WaitingEntry e) -> rank(e.group(), groupOrder));
                case JOINED_AT -> Comparator.comparing(WaitingEntry::joinedAt);
            });
        }
        return order.thenComparing(WaitingEntry::joinedAt).thenComparing(WaitingEntry::id);
    }

    private static int rank(WaitingGroup group, List<WaitingGroup> groupOrder) {
        int index = group == null ? -1 : groupOrder.indexOf(group);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
