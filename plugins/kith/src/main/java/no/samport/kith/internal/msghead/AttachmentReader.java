package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.BASE64;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.w3c.dom.Element;

/**
 * Attachment documents (HIS 1036: {@code Document/RefDoc} with {@code MsgType V="A"}) to FHIR {@code Attachment}s:
 * MimeType → contentType, Description → title, IssueDate → creation, {@code Content/Base64Container} → data,
 * {@code FileReference} → url, the other Document and RefDoc fields → {@link DocumentFields}.
 */
final class AttachmentReader {

    private AttachmentReader() {
    }

    static List<Attachment> readAll(List<Element> documents, ReadContext context) throws MessageRejectedException {
        List<Attachment> attachments = new ArrayList<>();
        for (Element document : documents) {
            Element refDoc = context.required(document, MSGHEAD, "RefDoc");
            CodedValue msgType = CodedValue.cs(context.required(refDoc, MSGHEAD, "MsgType"), context);
            if (!"A".equals(msgType.v())) {
                context.notKept(document, "A further Document with RefDoc/MsgType " + msgType.v()
                        + " (only attachments, MsgType A, follow the body)");
                continue;
            }
            attachments.add(read(document, refDoc, context));
        }
        return attachments;
    }

    private static Attachment read(Element document, Element refDoc, ReadContext context)
            throws MessageRejectedException {
        Attachment attachment = new Attachment();
        Extension fields = DocumentFields.read(document, refDoc, false, context);
        if (fields != null) {
            attachment.addExtension(fields);
        }
        attachment.setCreationElement(issueDate(refDoc, context));
        attachment.setContentType(context.text(refDoc, MSGHEAD, "MimeType"));
        attachment.setTitle(context.text(refDoc, MSGHEAD, "Description"));
        Element content = context.child(refDoc, MSGHEAD, "Content");
        String fileReference = context.text(refDoc, MSGHEAD, "FileReference");
        if (content != null) {
            attachment.setData(base64(content, context));
        } else if (fileReference != null) {
            attachment.setUrl(fileReference);
        } else {
            throw context.invalid(refDoc, "The attachment has neither Content nor FileReference");
        }
        return attachment;
    }

    /** RefDoc/IssueDate (a TS: the value is in @V), or null. */
    static DateTimeType issueDate(Element refDoc, ReadContext context) throws MessageRejectedException {
        Element issueDate = context.child(refDoc, MSGHEAD, "IssueDate");
        if (issueDate == null) {
            return null;
        }
        DateTimeType value = KithDateTimes.dateTime(Dom.attribute(issueDate, "V"));
        if (value == null) {
            throw context.invalid(issueDate, "IssueDate/@V is not a date or date-time");
        }
        return value;
    }

    private static byte[] base64(Element content, ReadContext context) throws MessageRejectedException {
        context.opaque(content);
        List<Element> children = Dom.children(content);
        if (children.size() != 1 || !Dom.is(children.get(0), BASE64, "Base64Container")) {
            throw new MessageRejectedException(AppRecError.T10, "An attachment's Content must hold one "
                    + "Base64Container (" + BASE64 + ") at " + Dom.where(content));
        }
        String text = children.get(0).getTextContent().replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw context.invalid(children.get(0), "Base64Container is not valid base64");
        }
    }
}
