package no.samport.kith.internal.dialog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.KithMessageType;
import org.w3c.dom.Element;

/**
 * The code lists of the Dialogmelding body (STANDARDS.md §4 and §9): which list the coded subject ({@code TemaKodet},
 * {@code TypeForesp}) of each message type comes from, the values of the lists whose values are published there,
 * and their display names for writing a value that came without a DN. NAV's lists (8126–8129) and 7321 are accepted
 * by number only: their values are not reproduced in the reference.
 */
final class DialogCodeLists {

    /** A Volven code list: OID, name and, when known, its values with their display names. */
    record CodeList(String number, String name, Map<String, String> values) {
        String oid() {
            return "2.16.578.1.12.4.1.1." + number;
        }
    }

    static final CodeList TEMA_HELSEFAGLIG = list("7322", "Tema for helsefaglig dialog", "6", "Henvendelse om pasient",
            "7", "Tilbakemelding på mottak av utskrivningsklar pasient", "8", "Forespørsel om helseopplysninger",
            "9", "Forespørsel om legemiddelopplysninger");
    static final CodeList FRA_PLEIE_OG_OMSORG = list("9152", "Type opplysning ved pasientsamhandling – fra pleie og omsorg",
            "1", "Helseopplysninger", "4", "Legemiddelopplysninger", "6", "Fornye resept(er)",
            "7", "Time til undersøkelse/behandling", "8", "Status/plan for utskrivning", "99", "Annen henvendelse");
    static final CodeList FRA_LEGE = list("9153", "Type opplysning ved pasientsamhandling – fra lege",
            "3", "Tjenestetilbud", "5", "Tilstandsvurdering", "99", "Annen henvendelse");
    static final CodeList SVAR = list("9069", "Svar på forespørsel", "1", "De etterspurte opplysningene er inkludert i meldingen",
            "2", "Forespørselen avvist uten begrunnelse", "3", "Har ikke ønskede opplysninger",
            "4", "Kan ikke besvares. Krever pasientens samtykke", "5", "Svar på forespørsel", "9", "Annet, svar angitt i fritekst");
    static final CodeList AVVIK = list("8117", "Tema for avviksmelding", "1", "Feil adressat", "2", "Mangelfulle opplysninger",
            "9", "Annet");
    static final CodeList STATUS_HENVISNING = list("9148", "Status på henvisning", "1", "Innkalles til helsehjelp",
            "2", "Rett til helsehjelp, tidspunkt kommer", "3", "Henvisningen er videresendt", "4", "Henvisningen er avvist");
    static final CodeList ROLLE_NOTAT = list("9057", "RolleNotat", "1", "Forfatter", "2", "Medforfatter", "3", "Godkjent av",
            "4", "Forelagt");
    private static final CodeList NOTAT_1_0 = list("7321", "Tema for notat (1.0)");
    private static final CodeList NAV_SVAR = list("8126", "NAV: svar på møteinnkalling");
    private static final CodeList NAV_NOTAT_1 = list("8127", "NAV: notat");
    private static final CodeList NAV_NOTAT_2 = list("8128", "NAV: notat");
    private static final CodeList NAV_FORESPORSEL = list("8129", "NAV: forespørsel");

    private static final Map<String, List<CodeList>> SUBJECT_LISTS = Map.of(
            KithMessageType.DIALOG_NOTAT, List.of(FRA_LEGE, NAV_NOTAT_1, NAV_NOTAT_2, NOTAT_1_0),
            KithMessageType.DIALOG_FORESPORSEL, List.of(FRA_PLEIE_OG_OMSORG, FRA_LEGE, NAV_FORESPORSEL),
            KithMessageType.DIALOG_SVAR, List.of(SVAR, NAV_SVAR),
            KithMessageType.DIALOG_AVVIK, List.of(AVVIK),
            KithMessageType.DIALOG_HELSEFAGLIG, List.of(TEMA_HELSEFAGLIG),
            KithMessageType.DIALOG_STATUS_HENVISNING, List.of(STATUS_HENVISNING));
    private static final List<CodeList> WITH_VALUES = List.of(TEMA_HELSEFAGLIG, FRA_PLEIE_OG_OMSORG, FRA_LEGE, SVAR, AVVIK,
            STATUS_HENVISNING, ROLLE_NOTAT);

    private DialogCodeLists() {
    }

    /** Checks the coded subject of a Notat or Foresporsel against the lists of the message type. */
    static void checkSubject(Element element, CodedValue value, String messageType, ReadContext context)
            throws MessageRejectedException {
        List<CodeList> lists = messageType == null ? null : SUBJECT_LISTS.get(messageType);
        if (lists == null || value.s() == null) {
            return;
        }
        Optional<CodeList> list = lists.stream().filter(l -> l.oid().equals(value.s())).findFirst();
        if (list.isEmpty()) {
            context.quirk(element, Dom.localName(element) + " has S=" + value.s() + ", which is not a code list "
                    + messageType + " uses (" + lists.stream().map(CodeList::number).collect(Collectors.joining(", ")) + ")");
            return;
        }
        checkValue(element, value, list.get(), context);
    }

    /** Checks a value of a list whose values are known (e.g. RolleNotat, 9057). */
    static void checkValue(Element element, CodedValue value, CodeList list, ReadContext context)
            throws MessageRejectedException {
        if (!list.values().isEmpty() && value.v() != null && !list.values().containsKey(value.v())) {
            context.quirk(element, Dom.localName(element) + " V=" + value.v() + " is not a code in " + list.number()
                    + " (" + list.name() + ")");
        }
    }

    /** The display name of a value of a known list, or null. */
    static String display(String oid, String code) {
        return code == null ? null : WITH_VALUES.stream().filter(l -> l.oid().equals(oid)).findFirst()
                .map(l -> l.values().get(code)).orElse(null);
    }

    private static CodeList list(String number, String name, String... codesAndNames) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            values.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return new CodeList(number, name, Map.copyOf(values));
    }
}
