package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.internal.dialog.DialogContext;
import no.samport.kith.internal.dialog.DialogmeldingReader;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.Validation;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * MsgHead 1.2 with a Dialogmelding body to a message bundle. Order of checks: header (T02), body format (T10), schema
 * (T02), patient (E31), body (T02). Every rejection after the header carries the header as partial bundle.
 */
public final class MsgHeadReader {

    private MsgHeadReader() {
    }

    public static DecodedMessage read(Element msgHead, ReadContext context, Validation schemaValidation)
            throws MessageRejectedException {
        Element msgInfo = context.required(msgHead, MSGHEAD, "MsgInfo");
        Bundle bundle = MsgInfoReader.read(msgInfo, context);
        Bundle partial = bundle.copy();
        try {
            MessageHeader header = Bundles.header(bundle);
            String type = header.getEventCoding().getCode();
            BodyLocator.Body body = BodyLocator.locate(msgHead, context.required(msgInfo, MSGHEAD, "Type"), type,
                    context);
            schemaValidation.run();
            Reference patient = PatientReader.read(msgInfo, bundle, context);
            String expected = KithMessageType.DIALOG_FORESPORSEL.equals(type) ? "Foresporsel" : "Notat";
            List<Communication> communications = DialogmeldingReader.read(body.dialogmelding(), expected,
                    new DialogContext(body.version(), bundle, patient, context));
            DateTimeType sent = AttachmentReader.issueDate(body.refDoc(), context);
            String parent = MessageHeaders.refToParent(header);
            for (Communication communication : communications) {
                communication.setSubject(patient);
                communication.setSender(header.getSender().copy());
                communication.addRecipient(header.getDestinationFirstRep().getReceiver().copy());
                communication.setSentElement(sent == null ? null : sent.copy());
                if (parent != null) {
                    communication.getInResponseTo().add(0, new Reference().setIdentifier(
                            new Identifier().setSystem(Systems.MSG_ID).setValue(parent)));
                }
                header.addFocus(Bundles.add(bundle, communication));
            }
            for (Attachment attachment : AttachmentReader.readAll(body.attachments(), context)) {
                communications.get(0).addPayload().setContent(attachment);
            }
            return new DecodedMessage(bundle, body.version().format(), context.warnings());
        } catch (MessageRejectedException e) {
            throw e.partialHeader().isPresent() ? e : new MessageRejectedException(e.error(), e.getMessage(), partial);
        }
    }
}
