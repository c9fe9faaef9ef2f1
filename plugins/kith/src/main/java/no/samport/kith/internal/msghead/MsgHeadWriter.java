package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.FK1;
import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.dialog.DialogmeldingVersion;
import no.samport.kith.internal.dialog.DialogmeldingWriter;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Writes a dialogue bundle as MsgHead 1.2: MsgInfo, the body Document (RefDoc/IssueDate from Communication.sent,
 * MsgType XML, Content/Dialogmelding) and one Document per attachment.
 */
public final class MsgHeadWriter {

    private MsgHeadWriter() {
    }

    public static void write(KithXmlWriter out, Bundle bundle, DialogmeldingVersion version)
            throws MessageRejectedException {
        MessageHeader header = Bundles.header(bundle);
        List<Communication> communications = new ArrayList<>();
        for (Reference focus : header.getFocus()) {
            Bundles.resolve(bundle, focus).filter(Communication.class::isInstance)
                    .map(Communication.class::cast).ifPresent(communications::add);
        }
        if (communications.isEmpty()) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write a Dialogmelding: MessageHeader.focus names no Communication in the bundle");
        }
        Communication first = communications.get(0);
        Patient patient = Bundles.resolve(bundle, first.getSubject()).filter(Patient.class::isInstance)
                .map(Patient.class::cast).orElse(null);
        out.start(MSGHEAD, "MsgHead").declare("fk1", FK1);
        MsgInfoWriter.write(out, bundle, patient);
        Extension fields = header.getExtensionByUrl(KithExtensions.DOCUMENT);
        out.start(MSGHEAD, "Document");
        DocumentFields.writeDocumentPart(out, fields);
        out.start(MSGHEAD, "RefDoc");
        out.ts(MSGHEAD, "IssueDate", KithDateTimes.format(first.getSentElement()));
        out.cs(MSGHEAD, "MsgType", "XML", "XML-instans");
        DocumentFields.writeRefDocId(out, fields);
        out.text(MSGHEAD, "MimeType", DocumentFields.string(fields, "mimeType"));
        out.text(MSGHEAD, "Description", DocumentFields.string(fields, "description"));
        DocumentFields.writeCompression(out, fields);
        out.start(MSGHEAD, "Content");
        DialogmeldingWriter.write(out, bundle, version, header.getEventCoding().getCode(), communications);
        out.end().end().end();
        for (Communication communication : communications) {
            for (Communication.CommunicationPayloadComponent payload : communication.getPayload()) {
                if (payload.getContent() instanceof Attachment attachment) {
                    AttachmentWriter.write(out, attachment);
                }
            }
        }
        out.end();
    }
}
