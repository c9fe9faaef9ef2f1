package no.samport.kith.internal.epikrise;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.KithFormats;
import no.samport.kith.internal.body.BodyWriter;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * An epikrise message bundle as an Epikrise 1.2 body: the document Bundle in MessageHeader.focus, MsgInfo/Patient
 * from a Patient in focus, attachments from DocumentReferences in focus. T10 when the receiver does not read
 * {@code epikrise-1.2} (Samport writes no other Epikrise version).
 */
public final class EpikriseBodyWriter implements BodyWriter {

    private final Bundle document;
    private final Patient patient;
    private final List<Attachment> attachments;
    private final BaseDateTimeType issueDate;

    private EpikriseBodyWriter(Bundle document, Patient patient, List<Attachment> attachments,
                               BaseDateTimeType issueDate) {
        this.document = document;
        this.patient = patient;
        this.attachments = attachments;
        this.issueDate = issueDate;
    }

    public static EpikriseBodyWriter prepare(Bundle message, EncodingPreferences receiver)
            throws MessageRejectedException {
        if (!receiver.accepts(KithFormats.EPIKRISE_1_2)) {
            throw new MessageRejectedException(AppRecError.T10, "The receiver does not read Epikrise 1.2 (the version "
                    + "Samport writes); it reads " + receiver.acceptedFormats());
        }
        MessageHeader header = Bundles.header(message);
        Bundle document = null;
        Patient patient = null;
        List<Attachment> attachments = new ArrayList<>();
        for (Reference focus : header.getFocus()) {
            Resource resource = Bundles.resolve(message, focus).orElse(null);
            if (resource instanceof Bundle bundle && document == null) {
                document = bundle;
            } else if (resource instanceof Patient found && patient == null) {
                patient = found;
            } else if (resource instanceof DocumentReference reference) {
                reference.getContent().forEach(content -> attachments.add(content.getAttachment()));
            }
        }
        if (document == null) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write an Epikrise: MessageHeader.focus names no document Bundle in the message");
        }
        BaseDateTimeType issued = ExtensionValues.value(header.getExtensionByUrl(KithExtensions.DOCUMENT), "issueDate")
                instanceof BaseDateTimeType date ? date : null;
        return new EpikriseBodyWriter(document, patient, attachments, issued);
    }

    @Override
    public String format() {
        return KithFormats.EPIKRISE_1_2;
    }

    @Override
    public Patient patient() {
        return patient;
    }

    @Override
    public BaseDateTimeType issueDate() {
        return issueDate;
    }

    @Override
    public void writeContent(KithXmlWriter out) throws MessageRejectedException {
        EpikriseWriter.write(out, document);
    }

    @Override
    public List<Attachment> attachments() {
        return attachments;
    }
}
