package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.BASE64;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.DateTimeType;
import org.w3c.dom.Element;

/**
 * Attachment documents (HIS 1036: {@code Document/RefDoc} with {@code MsgType V="A"}) to FHIR {@code Attachment}s:
 * MimeType → contentType, Description → title, IssueDate → creation, {@code Content/Base64Container} → data,
 * {@code FileReference} → url.
 */
final class AttachmentReader {

    private static final Set<String> DOCUMENT_KEPT = Set.of("DocumentConnection", "RefDoc");
    private static final Set<String> REF_DOC_KEPT = Set.of("IssueDate", "MsgType", "MimeType", "Description",
            "Compression", "Content", "FileReference");

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
        reportNotKept(document, DOCUMENT_KEPT, refDoc, REF_DOC_KEPT, context);
        CodedValue connection = CodedValue.cs(context.child(document, MSGHEAD, "DocumentConnection"), context);
        if (connection != null) {
            attachment.addExtension(KithExtensions.DOCUMENT_CONNECTION, connection.toCoding(null));
        }
        attachment.setCreationElement(issueDate(refDoc, context));
        attachment.setContentType(context.text(refDoc, MSGHEAD, "MimeType"));
        attachment.setTitle(context.text(refDoc, MSGHEAD, "Description"));
        CodedValue compression = CodedValue.cs(context.child(refDoc, MSGHEAD, "Compression"), context);
        if (compression != null) {
            attachment.addExtension(KithExtensions.COMPRESSION, compression.toCoding(null));
        }
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

    /** Warns about the Document and RefDoc children the codec does not keep. */
    static void reportNotKept(Element document, Set<String> keptInDocument, Element refDoc, Set<String> keptInRefDoc,
                              ReadContext context) {
        for (Element child : Dom.children(document)) {
            String name = Dom.localName(child);
            if (!keptInDocument.contains(name)) {
                context.notKept(child, "Document/" + name);
            }
        }
        for (Element child : Dom.children(refDoc)) {
            if (!keptInRefDoc.contains(Dom.localName(child))) {
                context.notKept(child, "RefDoc/" + Dom.localName(child));
            }
        }
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
