package no.samport.directory.gp.waiting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import no.samport.directory.gp.Capacity;
import no.samport.directory.gp.GpContract;

/**
 * Who is offered the free places of one list (GP-LISTS.md §4): the list's free places, less the places already held
 * by open offers, go to the first eligible entries by the municipality's ordering rule. Eligible: waiting, waiting for
 * this list (per-GP) or for any list of the municipality (municipal), and not already on this list.
 */
public final class OfferPlanner {

    private OfferPlanner() {
    }

    /**
     * @param contract        the list with (perhaps) free places
     * @param listed          patients on it on {@code day}
     * @param heldByOffers    places on it held by open offers
     * @param day             today
     * @param candidates      open entries of the contract's municipality (or targeting the contract)
     * @param alreadyOnList   ids of entries whose person is already on this list
     * @param order           the municipality's ordering rule
     */
    public static List<WaitingEntry> plan(GpContract contract, int listed, int heldByOffers, LocalDate day,
                                          Collection<WaitingEntry> candidates, Set<java.util.UUID> alreadyOnList,
                                          Comparator<WaitingEntry> order) {
        int places = Capacity.freePlaces(contract, listed, day) - heldByOffers;
        if (places <= 0) {
            return List.of();
        }
        return candidates.stream()
                .filter(e -> e.status() == WaitingStatus.WAITING)
                .filter(e -> e.waitsFor(contract.id(), contract.municipality()))
                .filter(e -> !alreadyOnList.contains(e.id()))
                .sorted(order)
                .limit(places)
                .toList();
    }
}
