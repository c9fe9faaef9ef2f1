package no.samport.directory.gp;

import java.time.LocalDate;

/**
 * A doctor on a GP contract for a period (Fastlegeregisteret {@code GPOnContractAssociation}).
 *
 * @param hpr              HPR number
 * @param name             display name
 * @param herId            the doctor's own HER-id (a person communication party), or null
 * @param nin              the doctor's fødselsnummer, only needed for HIS 1023 lists (FnrLege); may be null
 * @param relationship     fastlege, vikar or delelege (7750)
 * @param substituteForHpr for a vikar: the HPR number of the fastlege stood in for, or null
 * @param period           when the doctor is on the contract
 * @param competence       specialist in allmennmedisin, in training or neither (GL-20), or null when not reported
 */
public record Doctor(String hpr, String name, String herId, String nin, DoctorRelationship relationship,
                     String substituteForHpr, Period period, Competence competence) {

    /** A doctor whose competence was not reported. */
    public Doctor(String hpr, String name, String herId, String nin, DoctorRelationship relationship,
                  String substituteForHpr, Period period) {
        this(hpr, name, herId, nin, relationship, substituteForHpr, period, null);
    }

    public Doctor {
        if (hpr == null || hpr.isBlank()) {
            throw new IllegalArgumentException("A doctor on a GP contract needs an HPR number");
        }
        if (relationship == null || period == null) {
            throw new IllegalArgumentException("A doctor on a GP contract needs a relationship and a period");
        }
        herId = herId == null || herId.isBlank() ? null : herId.strip();
    }

    public boolean activeOn(LocalDate day) {
        return period.contains(day);
    }

    @Override
    public String toString() {
        return "Doctor[hpr=" + hpr + ", relationship=" + relationship + ", period=" + period + ", competence="
                + competence + "]";
    }
}
