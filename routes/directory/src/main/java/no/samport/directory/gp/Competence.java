package no.samport.directory.gp;

import java.util.Optional;

/**
 * A doctor's competence in general practice, as the kompetanseforskrift asks of fastleger (GP-LISTS.md GL-20,
 * `001_a566af941c37529c.txt:2514-2516`): specialist in allmennmedisin, in specialist training, or neither. A Samport code
 * list: no national code system for it is in Samport's sources (9060 is the profession, not the speciality).
 */
public enum Competence implements CodedValue {
    SPECIALIST("spesialist", "Spesialist i allmennmedisin"),
    IN_TRAINING("under-spesialisering", "Under spesialisering i allmennmedisin"),
    NEITHER("ingen", "Verken spesialist eller under spesialisering i allmennmedisin");

    private final String code;
    private final String display;

    Competence(String code, String display) {
        this.code = code;
        this.display = display;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String display() {
        return display;
    }

    public static Optional<Competence> fromCode(String code) {
        return CodedValue.byCode(Competence.class, code);
    }
}
