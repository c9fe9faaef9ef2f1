package no.samport.directory.gp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Who serves a list on a day, from the doctors on the contract then: one holder (fastlege or a lone delelege), several
 * holders (a shared list), no holder but one vikar, no holder and several vikarer, or no doctor at all (legeløs liste).
 *
 * @param kind    how the list is served
 * @param doctors the doctors serving it: the holder(s), else the vikar(s); empty when no one does
 */
public record ListServing(Kind kind, List<Doctor> doctors) {

    /** How a list is served. */
    public enum Kind {
        /** One holder: the fastlege. */
        FASTLEGE,
        /** Several holders (delelege, Nordsjøturnus, joint list): the office, never one doctor's personal queue. */
        SHARED,
        /** No holder, exactly one vikar. */
        VIKAR,
        /** No holder, several vikarer. */
        VIKARS,
        /** No doctor on the list at all. */
        NONE;

        /** The code in Samport's gp-list-serving code system. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ListServing {
        doctors = List.copyOf(doctors);
    }

    public static ListServing of(GpContract contract, LocalDate day) {
        List<Doctor> active = contract.doctorsOn(day);
        List<Doctor> holders = active.stream().filter(d -> d.relationship().holdsList()).toList();
        if (holders.size() == 1) {
            return new ListServing(Kind.FASTLEGE, holders);
        }
        if (holders.size() > 1) {
            return new ListServing(Kind.SHARED, holders);
        }
        List<Doctor> vikars = active.stream().filter(d -> d.relationship() == DoctorRelationship.LPVI).toList();
        if (vikars.size() == 1) {
            return new ListServing(Kind.VIKAR, vikars);
        }
        return new ListServing(vikars.isEmpty() ? Kind.NONE : Kind.VIKARS, vikars);
    }

    /** Whether a vikar serves the list because it has no holder. */
    public boolean byVikar() {
        return kind == Kind.VIKAR || kind == Kind.VIKARS;
    }
}
