package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Capacity rules (GP-LISTS.md §3): free places are counted per list as max(0, cap − listed) when the list is open and
 * the contract runs, else 0; a municipality's free places are the sum over its lists, never its total cap minus its
 * total listed; a list at or over its cap (after a cap cut) takes no one new until it is under it.
 */
public final class Capacity {

    private Capacity() {
    }

    /** Free places on one list on a day; never negative. */
    public static int freePlaces(GpContract contract, int listed, LocalDate day) {
        if (contract.status() != ContractStatus.FAAA || !contract.runsOn(day)) {
            return 0;
        }
        return Math.max(0, contract.maxPatients() - listed);
    }

    /** Free places over several lists: the sum of each list's free places. */
    public static long freePlaces(Collection<ListFigures> lists, LocalDate day) {
        return lists.stream().mapToLong(l -> freePlaces(l.contract(), l.listed(), day)).sum();
    }

    /** Why the list takes no new patient on that day, or empty when it does. */
    public static Optional<String> whyNoNewPatient(GpContract contract, int listed, LocalDate day) {
        if (day.isBefore(contract.validity().from())) {
            return Optional.of("contract " + contract.id() + " starts on " + contract.validity().from()
                    + ": no one is assigned before that");
        }
        if (!contract.runsOn(day)) {
            return Optional.of("contract " + contract.id() + " ended on " + contract.validity().to());
        }
        if (contract.status() != ContractStatus.FAAA) {
            return Optional.of("the list of contract " + contract.id() + " is " + contract.status().display()
                    .toLowerCase(java.util.Locale.ROOT) + " (" + contract.status().code() + ") for new patients");
        }
        if (listed >= contract.maxPatients()) {
            return Optional.of("the list of contract " + contract.id() + " has " + listed + " patients for a cap of "
                    + contract.maxPatients() + ": it takes no one new until it is under its cap");
        }
        return Optional.empty();
    }

    /** A contract with the number of patients listed on it. */
    public record ListFigures(GpContract contract, int listed) {
    }
}
