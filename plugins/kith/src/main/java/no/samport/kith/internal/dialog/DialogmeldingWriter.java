package no.samport.kith.internal.dialog;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;

/**
 * Writes {@code Dialogmelding}: SakstypeKodet? and Sakstype? (from the first Communication), then one Foresporsel
 * (for DIALOG_FORESPORSEL) or Notat (other types) per Communication.
 */
public final class DialogmeldingWriter {

    private DialogmeldingWriter() {
    }

    public static void write(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version, String messageType,
                             List<Communication> communications) throws MessageRejectedException {
        String ns = version.namespace();
        Communication first = communications.get(0);
        out.start(ns, "Dialogmelding");
        CodedValue.writeCv(out, ns, "SakstypeKodet", ExtensionValues.concept(first, KithExtensions.SAKSTYPE_KODET));
        out.text(ns, "Sakstype", ExtensionValues.string(first, KithExtensions.SAKSTYPE));
        for (Communication communication : communications) {
            if (isForesporsel(communication, messageType)) {
                ForesporselWriter.write(out, bundle, version, communication);
            } else {
                NotatWriter.write(out, bundle, version, communication);
            }
        }
        out.end();
    }

    /** Whether a Communication is written as {@code Foresporsel}: for DIALOG_FORESPORSEL, unless it says otherwise. */
    static boolean isForesporsel(Communication communication, String messageType) {
        String element = ExtensionValues.string(communication, KithExtensions.BODY_ELEMENT);
        if (element != null) {
            return "Foresporsel".equals(element);
        }
        return KithMessageType.DIALOG_FORESPORSEL.equals(messageType);
    }
}
