package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.BASE64;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Extension;

/**
 * Writes an attachment as a further {@code Document}: the Document fields, RefDoc (IssueDate?, MsgType A "Vedlegg",
 * Id?, MimeType, Description, Compression?, Content/Base64Container in 76-character lines, or FileReference).
 */
final class AttachmentWriter {

    private static final Base64.Encoder MIME = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII));

    private AttachmentWriter() {
    }

    static void write(KithXmlWriter out, Attachment attachment) throws MessageRejectedException {
        if (!attachment.hasData() && !attachment.hasUrl()) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write the attachment '" + attachment.getTitle() + "': it has neither data nor url");
        }
        Extension fields = attachment.getExtensionByUrl(KithExtensions.DOCUMENT);
        out.start(MSGHEAD, "Document");
        DocumentFields.writeDocumentPart(out, fields);
        out.start(MSGHEAD, "RefDoc");
        out.ts(MSGHEAD, "IssueDate", KithDateTimes.format(attachment.getCreationElement()));
        out.cs(MSGHEAD, "MsgType", "A", "Vedlegg");
        DocumentFields.writeRefDocId(out, fields);
        out.text(MSGHEAD, "MimeType", attachment.getContentType());
        out.text(MSGHEAD, "Description", attachment.getTitle());
        DocumentFields.writeCompression(out, fields);
        if (attachment.hasData()) {
            out.start(MSGHEAD, "Content").start(BASE64, "Base64Container")
                    .characters(MIME.encodeToString(attachment.getData())).end().end();
        } else {
            out.text(MSGHEAD, "FileReference", attachment.getUrl());
        }
        out.end().end();
    }
}
