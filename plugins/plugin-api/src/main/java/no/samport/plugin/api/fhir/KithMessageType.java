package no.samport.plugin.api.fhir;

/** Codes from 8279 "Meldingens funksjon" that Samport handles. The codes are case-sensitive. */
public final class KithMessageType {

    public static final String APPREC = "APPREC";
    public static final String DIALOG_NOTAT = "DIALOG_NOTAT";
    public static final String DIALOG_FORESPORSEL = "DIALOG_FORESPORSEL";
    public static final String DIALOG_SVAR = "DIALOG_SVAR";
    public static final String DIALOG_AVVIK = "DIALOG_AVVIK";
    public static final String DIALOG_HELSEFAGLIG = "DIALOG_HELSEFAGLIG";
    public static final String DIALOG_STATUS_HENVISNING = "DIALOG_STATUS_HENVISNING";
    public static final String EPIKRISE = "EPIKRISE";

    private KithMessageType() {
    }
}
