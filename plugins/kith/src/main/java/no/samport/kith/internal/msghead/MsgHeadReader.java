package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.dialog.DialogContext;
import no.samport.kith.internal.dialog.DialogmeldingReader;
import no.samport.kith.internal.xml.Dom;
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
import org.hl7.fhir.r4.model.Extension;
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
        Bundle bundle = header(msgInfo, context);
        Bundle partial = bundle.copy();
        try {
            MessageHeader header = Bundles.header(bundle);
            String type = header.getEventCoding().getCode();
            BodyLocator.Body body = BodyLocator.locate(msgHead, context.required(msgInfo, MSGHEAD, "Type"), type,
                    context);
            schemaValidation.run();
            reportNotKept(msgHead, context);
            readBodyDocument(body, header, context);
            Reference patient = PatientReader.read(msgInfo, bundle, context);
            String expected = KithMessageType.DIALOG_FORESPORSEL.equals(type) ? "Foresporsel" : "Notat";
            List<Communication> communications = DialogmeldingReader.read(body.dialogmelding(), expected,
                    new DialogContext(body.version(), type, bundle, patient, context));
            DateTimeType sent = AttachmentReader.issueDate(body.refDoc(), context);
            for (Communication communication : communications) {
                link(communication, header, patient, sent);
                header.addFocus(Bundles.add(bundle, communication));
            }
            for (Attachment attachment : AttachmentReader.readAll(body.attachments(), context)) {
                communications.get(0).addPayload().setContent(attachment);
            }
            context.reportUnknown(msgHead);
            return new DecodedMessage(bundle, body.version().format(), context.warnings());
        } catch (MessageRejectedException e) {
            throw e.partialHeader().isPresent() ? e : new MessageRejectedException(e.error(), e.getMessage(), partial);
        }
    }

    /**
     * The header bundle. When strict mode refuses a deviation in MsgInfo, a lenient read still gives the partial
     * header, so the sender gets its receipt.
     */
    private static Bundle header(Element msgInfo, ReadContext context) throws MessageRejectedException {
        try {
            return MsgInfoReader.read(msgInfo, context);
        } catch (MessageRejectedException e) {
            if (e.partialHeader().isPresent() || !context.isStrict()) {
                throw e;
            }
            Bundle lenient;
            try {
                lenient = MsgInfoReader.read(msgInfo, new ReadContext(false));
            } catch (MessageRejectedException again) {
                throw e;
            }
            throw new MessageRejectedException(e.error(), e.getMessage(), lenient);
        }
    }

    /** Subject, sender, recipient, sent and the message answered (ConversationRef/RefToParent). */
    private static void link(Communication communication, MessageHeader header, Reference patient, DateTimeType sent) {
        communication.setSubject(patient);
        communication.setSender(header.getSender().copy());
        communication.addRecipient(header.getDestinationFirstRep().getReceiver().copy());
        communication.setSentElement(sent == null ? null : sent.copy());
        String parent = MessageHeaders.refToParent(header);
        if (parent != null) {
            communication.getInResponseTo().add(0, new Reference().setIdentifier(
                    new Identifier().setSystem(Systems.MSG_ID).setValue(parent)));
        }
    }

    private static void reportNotKept(Element msgHead, ReadContext context) {
        for (Element child : Dom.children(msgHead)) {
            if ("Signature".equals(Dom.localName(child))) {
                context.notKept(child, "The XML signature (ds:Signature)");
            }
        }
    }

    /** The body Document's fields (in an extension on the MessageHeader) and its RefDoc/MsgType, which must be XML. */
    private static void readBodyDocument(BodyLocator.Body body, MessageHeader header, ReadContext context)
            throws MessageRejectedException {
        Element document = (Element) body.refDoc().getParentNode();
        Extension fields = DocumentFields.read(document, body.refDoc(), true, context);
        if (fields != null) {
            header.addExtension(fields);
        }
        Element msgType = context.required(body.refDoc(), MSGHEAD, "MsgType");
        String code = CodedValue.cs(msgType, context).v();
        if (!"XML".equals(code)) {
            context.quirk(msgType, "RefDoc/MsgType of the body is " + code + " where 8114 says XML (XML-instans)");
        }
    }
}
