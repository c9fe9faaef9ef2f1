package no.samport.directory.gp;

import java.time.LocalDate;

/**
 * A period of whole days, both ends included; an open end ({@code to == null}) runs on. Contract validity, a doctor's
 * time on a contract and a patient's time on a list are periods.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new IllegalArgumentException("A period needs a start date");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    /** The same period ending on {@code day}. */
    public Period endingOn(LocalDate day) {
        return new Period(from, day);
    }
}
