package no.samport.plugin.api.fhir;

import java.util.Arrays;
import java.util.Optional;

/** 8221 "Feilmeldinger for applikasjonskvittering – generelle": the error codes an AppRec carries. */
public enum AppRecError {
    E10("Ugyldig meldingsidentifikator"),
    E20("Lege finnes ikke"),
    E21("Mottaker finnes ikke"),
    E30("Pasientens fødselsnummer mangler"),
    E31("Pasientens fødselsnummer er feil"),
    E32("Pasientens navn mangler"),
    E33("Pasientens etternavn mangler"),
    E34("Pasientens fornavn mangler"),
    E35("Pasienten finnes ikke i mottakersystemet"),
    E36("Pasientopplysninger er utilstrekkelige"),
    E53("Pasientens fødselsnummer eller D-nummer finnes ikke registrert i Folkeregisteret"),
    E54("Pasientens fødselsnummer er ikke registrert i mottagersystemet"),
    S01("Feil på signatur"),
    S02("Ugyldig sertifikat"),
    S03("Tilbaketrukket sertifikat"),
    S99("Annen feil på signatur eller sertifikat"),
    T01("Ikke XML / ikke 'well formed' / uleselig"),
    T02("XML validerer ikke"),
    T10("Støtter ikke meldingsformatet"),
    T99("Annen feil på format"),
    X99("Annen feil");

    private final String display;

    AppRecError(String display) {
        this.display = display;
    }

    /** The code as written in {@code Error/@V}. */
    public String code() {
        return name();
    }

    /** The display name from the code table, as written in {@code Error/@DN}. */
    public String display() {
        return display;
    }

    /** Looks a code up, ignoring surrounding whitespace and case. */
    public static Optional<AppRecError> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
