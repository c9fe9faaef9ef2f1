package no.samport.kith.internal.common;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

/** 3101 Kjønn and FHIR administrative gender. */
public final class Genders {

    public static final String SYSTEM = "urn:oid:2.16.578.1.12.4.1.1.3101";

    private Genders() {
    }

    /** The FHIR reading of a 3101 code: 1 male, 2 female, anything else unknown. */
    public static AdministrativeGender toFhir(String code) {
        return switch (code == null ? "" : code) {
            case "1" -> AdministrativeGender.MALE;
            case "2" -> AdministrativeGender.FEMALE;
            default -> AdministrativeGender.UNKNOWN;
        };
    }

    /** The 3101 code of a FHIR gender code, or null. */
    public static Coding toKith(String gender) {
        return switch (gender == null ? "" : gender) {
            case "male" -> new Coding(SYSTEM, "1", "Mann");
            case "female" -> new Coding(SYSTEM, "2", "Kvinne");
            case "other" -> new Coding(SYSTEM, "9", "Ikke spesifisert");
            case "unknown" -> new Coding(SYSTEM, "0", "Ikke kjent");
            default -> null;
        };
    }
}
