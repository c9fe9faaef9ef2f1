package no.samport.kith.internal.common;

import java.util.Map;
import no.samport.plugin.api.fhir.KithMessageType;

/** Display names (DN) from 8279 for the message types Samport writes, used when a bundle carries none. */
public final class MessageTypeNames {

    private static final Map<String, String> NAMES = Map.of(
            KithMessageType.DIALOG_NOTAT, "Notat",
            KithMessageType.DIALOG_FORESPORSEL, "Forespørsel",
            KithMessageType.DIALOG_SVAR, "Svar på forespørsel",
            KithMessageType.DIALOG_AVVIK, "Tilbakemelding om feil i mottatt melding",
            KithMessageType.DIALOG_HELSEFAGLIG, "Helsefaglig dialog",
            KithMessageType.DIALOG_STATUS_HENVISNING, "Status på henvisning",
            KithMessageType.EPIKRISE, "Epikrise",
            KithMessageType.APPREC, "Applikasjonskvittering");

    private MessageTypeNames() {
    }

    /** The given display name, else the code table's, else null. */
    public static String displayOf(String code, String display) {
        return display != null || code == null ? display : NAMES.get(code);
    }
}
