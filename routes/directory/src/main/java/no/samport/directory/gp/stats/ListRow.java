package no.samport.directory.gp.stats;

import java.time.LocalDate;
import no.samport.directory.gp.Capacity;
import no.samport.directory.gp.DoctorRelationship;
import no.samport.directory.gp.GpContract;
import no.samport.directory.gp.ListServing;

/**
 * One list's figures on a day, without personal data: the input of the statistics.
 *
 * @param contract the contract
 * @param listed   patients on the list
 * @param waiting  people queued for this list (per-GP model)
 * @param day      the day the figures are for
 */
public record ListRow(GpContract contract, int listed, int waiting, LocalDate day) {

    public int freePlaces() {
        return Capacity.freePlaces(contract, listed, day);
    }

    public ListServing serving() {
        return ListServing.of(contract, day);
    }

    public boolean runs() {
        return contract.runsOn(day);
    }

    /** Whether no fastlege or delelege has held the list for a year or more (a recruitment review may be due). */
    public boolean withoutHolderForAYear() {
        if (serving().kind() == ListServing.Kind.FASTLEGE || serving().kind() == ListServing.Kind.SHARED) {
            return false;
        }
        LocalDate lastHeld = contract.doctors().stream()
                .filter(d -> d.relationship() != DoctorRelationship.LPVI)
                .map(d -> d.period().to())
                .filter(to -> to != null && to.isBefore(day))
                .max(LocalDate::compareTo)
                .orElse(contract.validity().from());
        return !lastHeld.plusYears(1).isAfter(day);
    }
}
