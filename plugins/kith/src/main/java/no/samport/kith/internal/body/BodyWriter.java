package no.samport.kith.internal.body;

import java.util.List;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Patient;

/**
 * A message body ready to be written into MsgHead: the format and version already chosen for the receiver, so a
 * refusal happens before anything is written.
 */
public interface BodyWriter {

    /** The format id written, e.g. {@code dialogmelding-1.0}. */
    String format();

    /** The patient for {@code MsgInfo/Patient}, or null. */
    Patient patient();

    /** The body's {@code RefDoc/IssueDate}, or null. */
    BaseDateTimeType issueDate();

    /** Writes the body element inside {@code RefDoc/Content}. */
    void writeContent(KithXmlWriter out) throws MessageRejectedException;

    /** The attachments, written as further Documents. */
    List<Attachment> attachments();
}
