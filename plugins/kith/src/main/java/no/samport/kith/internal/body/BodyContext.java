package no.samport.kith.internal.body;

import java.util.List;
import no.samport.kith.internal.xml.ReadContext;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

/**
 * What MsgHead gives a body reader.
 *
 * @param bundle      the message bundle the body's resources are added to
 * @param header      its MessageHeader (sender, destinations, ConversationRef already read)
 * @param patient     {@code MsgInfo/Patient} as a Patient in the bundle, or null
 * @param issueDate   the body's {@code RefDoc/IssueDate}, or null
 * @param attachments the attachment Documents after the body
 * @param read        the read context
 */
public record BodyContext(Bundle bundle, MessageHeader header, Reference patient, DateTimeType issueDate,
                          List<Attachment> attachments, ReadContext read) {

    /** The 8279 message type. */
    public String type() {
        return header.getEventCoding().getCode();
    }
}
