package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.internal.body.BodyContext;
import no.samport.kith.internal.body.BodyReader;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.Validation;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * MsgHead 1.2 to a message bundle; the body is read by its {@link BodyReader}. Order of checks: header (T02), body
 * format and message type (T10), schema (T02), patient (E31), body (T02), unknown elements. Every rejection after the
 * header carries the header as partial bundle.
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
            List<Attachment> attachments = AttachmentReader.readAll(body.attachments(), context);
            body.reader().read(body.element(), new BodyContext(bundle, header, patient,
                    AttachmentReader.issueDate(body.refDoc(), context), attachments, context));
            context.reportUnknown(msgHead);
            return new DecodedMessage(bundle, body.reader().format(), context.warnings());
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
