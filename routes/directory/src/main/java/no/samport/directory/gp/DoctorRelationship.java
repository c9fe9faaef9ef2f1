package no.samport.directory.gp;

import java.util.Arrays;
import java.util.Optional;

/** A doctor's relationship to a GP contract, code list 7750, with the matching 9034 role to the patient. */
public enum DoctorRelationship {
    LPFL("Fastlege", "6", "Fastlege"),
    LPVI("Vikar", "15", "Vikar for fastlege"),
    LPDL("Delelege", "6", "Fastlege");

    private final String display;
    private final String roleToPatient;
    private final String roleToPatientDisplay;

    DoctorRelationship(String display, String roleToPatient, String roleToPatientDisplay) {
        this.display = display;
        this.roleToPatient = roleToPatient;
        this.roleToPatientDisplay = roleToPatientDisplay;
    }

    public String code() {
        return name();
    }

    public String display() {
        return display;
    }

    /** The 9034 code (Helsepersonells funksjoner) of this relationship: 6 Fastlege, 15 Vikar for fastlege. */
    public String roleToPatient() {
        return roleToPatient;
    }

    public String roleToPatientDisplay() {
        return roleToPatientDisplay;
    }

    /** Whether the doctor holds the list (fastlege or delelege), as opposed to standing in for its holder. */
    public boolean holdsList() {
        return this != LPVI;
    }

    public static Optional<DoctorRelationship> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code == null ? null : code.strip())).findFirst();
    }
}
