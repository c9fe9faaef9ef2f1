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
        String usual = KithMessageType.DIALOG_FORESPORSEL.equals(messageType) ? "Foresporsel" : "Notat";
        for (Communication communication : communications) {
            String element = ExtensionValues.string(communication, KithExtensions.BODY_ELEMENT);
            if ("Foresporsel".equals(element == null ? usual : element)) {
                ForesporselWriter.write(out, bundle, version, communication);
            } else {
                NotatWriter.write(out, bundle, version, communication);
            }
        }
        out.end();
    }
}
