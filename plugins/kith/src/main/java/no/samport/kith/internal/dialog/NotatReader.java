package no.samport.kith.internal.dialog;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * {@code Notat = TemaKodet, Tema?, TekstNotatInnhold?, Merknad?, DokIdNotat?, DatoNotat?, Foresporsel?,
 * RollerRelatertNotat*} to a {@code Communication}: category, topic.text, payload, note, identifier, extension. The
 * question an answer repeats ({@code Foresporsel}) becomes a contained Communication the answer is inResponseTo.
 */
final class NotatReader {

    /** Id of the contained Communication that holds the question a DIALOG_SVAR answers. */
    static final String QUESTION_ID = "foresporsel";

    private NotatReader() {
    }

    static Communication read(Element notat, DialogContext dialog) throws MessageRejectedException {
        String ns = dialog.ns();
        ReadContext context = dialog.read();
        Communication communication = BodyParts.newCommunication(notat, "TemaKodet", dialog);
        communication.getTopic().setText(context.text(notat, ns, "Tema"));
        MarkupContent.read(context.child(notat, ns, "TekstNotatInnhold"), communication, context);
        String merknad = context.text(notat, ns, "Merknad");
        if (merknad != null) {
            communication.addNote().setText(merknad);
        }
        BodyParts.dokId(notat, "DokIdNotat", communication, dialog);
        DateType datoNotat = BodyParts.date(notat, "DatoNotat", dialog);
        if (datoNotat != null) {
            communication.addExtension(KithExtensions.DATO_NOTAT, datoNotat);
        }
        Element foresporsel = context.child(notat, ns, "Foresporsel");
        if (foresporsel != null) {
            Communication question = ForesporselReader.read(foresporsel,
                    dialog.asType(KithMessageType.DIALOG_FORESPORSEL));
            question.setId(QUESTION_ID);
            communication.addContained(question);
            communication.addInResponseTo(new Reference("#" + QUESTION_ID));
        }
        RollerRelatertNotatReader.readAll(notat, communication, dialog);
        return communication;
    }
}
