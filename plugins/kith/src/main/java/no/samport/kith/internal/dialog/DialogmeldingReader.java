package no.samport.kith.internal.dialog;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code Dialogmelding = SakstypeKodet CV?, Sakstype?, (Foresporsel* | Notat*)}: one {@code Communication} per
 * Foresporsel or Notat, in order. Sakstype is copied onto each.
 */
public final class DialogmeldingReader {

    private DialogmeldingReader() {
    }

    /**
     * Reads the body.
     *
     * @param expectedElement {@code Notat} or {@code Foresporsel}: what the message type usually carries
     */
    public static List<Communication> read(Element dialogmelding, String expectedElement, DialogContext dialog)
            throws MessageRejectedException {
        String ns = dialog.ns();
        CodedValue sakstypeKodet = CodedValue.cv(dialog.read().child(dialogmelding, ns, "SakstypeKodet"), dialog.read());
        String sakstype = dialog.read().text(dialogmelding, ns, "Sakstype");
        List<Element> foresporsler = dialog.read().all(dialogmelding, ns, "Foresporsel");
        List<Element> notater = dialog.read().all(dialogmelding, ns, "Notat");
        List<Communication> communications = new ArrayList<>();
        for (Element foresporsel : foresporsler) {
            communications.add(ForesporselReader.read(foresporsel, dialog));
        }
        for (Element notat : notater) {
            communications.add(NotatReader.read(notat, dialog));
        }
        if (communications.isEmpty()) {
            throw dialog.read().invalid(dialogmelding, "Dialogmelding has neither Notat nor Foresporsel");
        }
        String actual = notater.isEmpty() ? "Foresporsel" : "Notat";
        for (Communication communication : communications) {
            if (sakstypeKodet != null) {
                communication.addExtension(KithExtensions.SAKSTYPE_KODET, sakstypeKodet.toConcept());
            }
            if (sakstype != null) {
                communication.addExtension(KithExtensions.SAKSTYPE, new StringType(sakstype));
            }
            if (!actual.equals(expectedElement)) {
                communication.addExtension(KithExtensions.BODY_ELEMENT, new CodeType(actual));
            }
        }
        return communications;
    }
}
