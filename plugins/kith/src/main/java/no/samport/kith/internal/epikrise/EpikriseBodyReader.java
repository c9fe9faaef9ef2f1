package no.samport.kith.internal.epikrise;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.body.BodyContext;
import no.samport.kith.internal.body.BodyReader;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.w3c.dom.Element;

/**
 * An Epikrise body in MsgHead: the document Bundle is the first focus of the MessageHeader, MsgInfo/Patient (when
 * given) the next, each attachment a DocumentReference after that. The body's RefDoc/IssueDate is kept in the
 * {@link KithExtensions#DOCUMENT} extension (sub-extension {@code issueDate}).
 */
public record EpikriseBodyReader(EpikriseVersion version) implements BodyReader {

    @Override
    public String format() {
        return version.format();
    }

    @Override
    public void checkType(String type, Element typeElement, ReadContext context) throws MessageRejectedException {
        if (!KithMessageType.EPIKRISE.equals(type)) {
            context.quirk(typeElement, "MsgInfo/Type " + type + " is not EPIKRISE, the type of an Epikrise body");
        }
    }

    @Override
    public void read(Element body, BodyContext context) throws MessageRejectedException {
        Bundle document = EpikriseReader.read(body, version, context.read());
        MessageHeader header = context.header();
        header.addFocus(Bundles.add(context.bundle(), document));
        if (context.patient() != null) {
            header.addFocus(context.patient().copy());
        }
        for (Attachment attachment : context.attachments()) {
            DocumentReference reference = new DocumentReference()
                    .setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
            reference.setSubject(context.patient() == null ? null : context.patient().copy());
            reference.addContent().setAttachment(attachment);
            header.addFocus(Bundles.add(context.bundle(), reference));
        }
        if (context.issueDate() != null) {
            Extension fields = header.getExtensionByUrl(KithExtensions.DOCUMENT);
            if (fields == null) {
                fields = header.addExtension().setUrl(KithExtensions.DOCUMENT);
            }
            fields.addExtension("issueDate", context.issueDate().copy());
        }
    }
}
