package no.samport.kith.internal.dialog;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.w3c.dom.Element;

/** Parts {@code Notat} and {@code Foresporsel} share: the coded subject, the document id, dates. */
final class BodyParts {

    private BodyParts() {
    }

    /** A new completed Communication whose category is the required coded subject ({@code TemaKodet}, {@code TypeForesp}). */
    static Communication newCommunication(Element parent, String name, DialogContext dialog)
            throws MessageRejectedException {
        Communication communication = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED);
        Element element = dialog.read().required(parent, dialog.ns(), name);
        CodedValue value = CodedValue.cv(element, dialog.read());
        if (value.v() == null) {
            throw dialog.read().invalid(element, name + " has no V");
        }
        if (value.dn() == null) {
            dialog.read().quirk(element, name + " has no DN");
        }
        DialogCodeLists.checkSubject(element, value, dialog.messageType(), dialog.read());
        communication.addCategory(value.toConcept());
        return communication;
    }

    /** {@code DokIdNotat} / {@code DokIdForesp} as an identifier. */
    static void dokId(Element parent, String name, Communication communication, DialogContext dialog)
            throws MessageRejectedException {
        String dokId = dialog.read().text(parent, dialog.ns(), name);
        if (dokId != null) {
            communication.addIdentifier(new Identifier().setSystem(KithExtensions.DOK_ID).setValue(dokId));
        }
    }

    /** An optional xs:date child; T02 when it is not a date. */
    static DateType date(Element parent, String name, DialogContext dialog) throws MessageRejectedException {
        Element element = dialog.read().child(parent, dialog.ns(), name);
        if (element == null) {
            return null;
        }
        return KithDateTimes.date(element, dialog.read());
    }

    /** Opens {@code Notat}/{@code Foresporsel} and writes its required coded subject from the first category (T99 without). */
    static void open(KithXmlWriter out, String ns, String element, String codedSubject, Communication communication)
            throws MessageRejectedException {
        if (!communication.hasCategory()) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write " + element + "/" + codedSubject + ": the Communication has no category");
        }
        out.start(ns, element);
        CodedValue value = CodedValue.of(communication.getCategoryFirstRep());
        String dn = value.dn() != null ? value.dn() : DialogCodeLists.display(value.s(), value.v());
        new CodedValue(value.v(), value.s(), dn, value.ot()).writeCv(out, ns, codedSubject);
    }

    /** Writes the DokId identifier, when there is one. */
    static void writeDokId(KithXmlWriter out, String ns, String name, Communication communication) {
        communication.getIdentifier().stream().filter(i -> KithExtensions.DOK_ID.equals(i.getSystem())).findFirst()
                .ifPresent(i -> out.text(ns, name, i.getValue()));
    }
}
