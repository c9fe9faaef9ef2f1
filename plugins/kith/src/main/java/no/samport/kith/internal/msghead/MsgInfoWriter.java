package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import java.util.List;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.HealthcareProfessionalConverter;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.MessageHeaders;
import no.samport.kith.internal.common.MessageTypeNames;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageDestinationComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Person;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes {@code MsgInfo} in schema order: Type (CS, no S), MIGversion, GenDate (element content), MsgId,
 * ProcessingStatus?, RequestedPriority?, Ack?, ConversationRef? (RefToParent, RefToConversation), Sender,
 * Receiver, OtherReceiver*, Patient?.
 */
final class MsgInfoWriter {

    private MsgInfoWriter() {
    }

    static void write(KithXmlWriter out, Bundle bundle, Patient patient) throws MessageRejectedException {
        MessageHeader header = Bundles.header(bundle);
        String type = header.getEventCoding().getCode();
        String genDate = KithDateTimes.format(bundle.getTimestampElement());
        String msgId = Bundles.msgId(bundle);
        if (genDate == null || msgId == null) {
            throw new MessageRejectedException(AppRecError.T99, "Cannot write MsgInfo: the bundle has no "
                    + (msgId == null ? "identifier (MsgId)" : "timestamp (GenDate)"));
        }
        out.start(MSGHEAD, "MsgInfo");
        out.cs(MSGHEAD, "Type", type, MessageTypeNames.displayOf(type, header.getEventCoding().getDisplay()));
        out.text(MSGHEAD, "MIGversion", MsgInfoReader.MIG_VERSION);
        out.text(MSGHEAD, "GenDate", genDate);
        out.text(MSGHEAD, "MsgId", msgId);
        writeCs(out, "ProcessingStatus", header, KithExtensions.PROCESSING_STATUS);
        writeCs(out, "RequestedPriority", header, KithExtensions.REQUESTED_PRIORITY);
        writeCs(out, "Ack", header, KithExtensions.ACK);
        String parent = MessageHeaders.refToParent(header);
        String conversation = MessageHeaders.refToConversation(header);
        if (parent != null && conversation != null) {
            out.start(MSGHEAD, "ConversationRef").text(MSGHEAD, "RefToParent", parent)
                    .text(MSGHEAD, "RefToConversation", conversation).end();
        }
        out.start(MSGHEAD, "Sender");
        writeCs(out, "ComMethod", header.getSource(), KithExtensions.COM_METHOD);
        organisation(out, bundle, header.getSender());
        out.end();
        List<MessageDestinationComponent> destinations = header.getDestination();
        if (destinations.isEmpty()) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write MsgInfo: the MessageHeader has no destination");
        }
        out.start(MSGHEAD, "Receiver");
        writeCs(out, "ComMethod", destinations.get(0), KithExtensions.COM_METHOD);
        organisation(out, bundle, destinations.get(0).getReceiver());
        out.end();
        for (MessageDestinationComponent copy : destinations.subList(1, destinations.size())) {
            otherReceiver(out, bundle, copy);
        }
        if (patient != null) {
            out.start(MSGHEAD, "Patient");
            PersonConverter.write(out, patient, PersonConverter.MSGHEAD);
            out.end();
        }
        out.end();
    }

    private static void otherReceiver(KithXmlWriter out, Bundle bundle, MessageDestinationComponent copy)
            throws MessageRejectedException {
        out.start(MSGHEAD, "OtherReceiver");
        writeCs(out, "ComMethod", copy, KithExtensions.COM_METHOD);
        Coding role = ExtensionValues.coding(copy, KithExtensions.ROLE_RECEIVER, new Coding());
        out.startEmpty(MSGHEAD, "RoleReceiver").attribute("V", role.getCode()).attribute("DN", role.getDisplay()).end();
        Reference person = ExtensionValues.reference(copy, KithExtensions.OTHER_RECEIVER_PERSON);
        Resource party = Bundles.resolve(bundle, person != null ? person : copy.getReceiver()).orElse(null);
        if (party instanceof Patient patient) {
            out.start(MSGHEAD, "Patient");
            PersonConverter.write(out, patient, PersonConverter.MSGHEAD);
            out.end();
        } else if (party instanceof Person other) {
            out.start(MSGHEAD, "Person");
            PersonConverter.write(out, other, OtherReceiverReader.PERSON);
            out.end();
        } else if (party instanceof PractitionerRole professional && !professional.hasOrganization()
                || party instanceof Practitioner) {
            HealthcareProfessionalConverter.write(out, bundle, party, PersonConverter.MSGHEAD, true);
        } else {
            organisation(out, bundle, copy.getReceiver());
        }
        out.end();
    }

    private static void organisation(KithXmlWriter out, Bundle bundle, Reference party) throws MessageRejectedException {
        OrganisationConverter.write(out, bundle, party, OrganisationConverter.Layout.MSGHEAD, MSGHEAD, "Organisation");
    }

    private static void writeCs(KithXmlWriter out, String name, Base holder, String extensionUrl) {
        CodedValue.writeCs(out, MSGHEAD, name, ExtensionValues.coding(holder, extensionUrl, null));
    }
}
