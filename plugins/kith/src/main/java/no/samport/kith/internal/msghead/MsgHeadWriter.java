package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.FK1;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.body.BodyWriter;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;

/**
 * Writes a message bundle as MsgHead 1.2: MsgInfo, the body Document (its fields, RefDoc/IssueDate, MsgType XML,
 * Content with the body its {@link BodyWriter} writes) and one Document per attachment.
 */
public final class MsgHeadWriter {

    private MsgHeadWriter() {
    }

    public static void write(KithXmlWriter out, Bundle bundle, BodyWriter body) throws MessageRejectedException {
        MessageHeader header = Bundles.header(bundle);
        out.start(MSGHEAD, "MsgHead").declare("fk1", FK1);
        MsgInfoWriter.write(out, bundle, body.patient());
        Extension fields = header.getExtensionByUrl(KithExtensions.DOCUMENT);
        out.start(MSGHEAD, "Document");
        DocumentFields.writeDocumentPart(out, fields);
        out.start(MSGHEAD, "RefDoc");
        out.ts(MSGHEAD, "IssueDate", KithDateTimes.format(body.issueDate()));
        out.cs(MSGHEAD, "MsgType", "XML", "XML-instans");
        DocumentFields.writeRefDocId(out, fields);
        out.text(MSGHEAD, "MimeType", DocumentFields.string(fields, "mimeType"));
        out.text(MSGHEAD, "Description", DocumentFields.string(fields, "description"));
        DocumentFields.writeCompression(out, fields);
        out.start(MSGHEAD, "Content");
        body.writeContent(out);
        out.end().end().end();
        for (Attachment attachment : body.attachments()) {
            AttachmentWriter.write(out, attachment);
        }
        out.end();
    }
}
