package no.samport.kith.internal.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samport.kith.internal.body.BodyContext;
import no.samport.kith.internal.body.BodyReader;
import no.samport.kith.internal.common.MessageHeaders;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * A Dialogmelding body: one Communication per Notat or Foresporsel, each with the patient as subject, the
 * MessageHeader's sender and first receiver, {@code RefDoc/IssueDate} as sent and ConversationRef/RefToParent as
 * inResponseTo; the attachments become payloads of the first.
 */
public record DialogBodyReader(DialogmeldingVersion version) implements BodyReader {

    @Override
    public String format() {
        return version.format();
    }

    @Override
    public void checkType(String type, Element typeElement, ReadContext context) throws MessageRejectedException {
        if (DialogmeldingVersion.forType(type).isEmpty()) {
            throw new MessageRejectedException(AppRecError.T10, "MsgInfo/Type " + type + " is not a dialogue message "
                    + "type Samport reads (" + Arrays.stream(DialogmeldingVersion.values())
                    .map(v -> v.format() + ": " + new TreeSet<>(v.messageTypes())).collect(Collectors.joining("; "))
                    + ") (at " + Dom.where(typeElement) + ")");
        }
        if (!version.defines(type)) {
            context.quirk(typeElement, "MsgInfo/Type " + type + " is not defined for " + version.format());
        }
    }

    @Override
    public void read(Element body, BodyContext context) throws MessageRejectedException {
        String type = context.type();
        String expected = KithMessageType.DIALOG_FORESPORSEL.equals(type) ? "Foresporsel" : "Notat";
        List<Communication> communications = DialogmeldingReader.read(body, expected,
                new DialogContext(version, type, context.bundle(), context.patient(), context.read()));
        MessageHeader header = context.header();
        for (Communication communication : communications) {
            link(communication, context);
            header.addFocus(Bundles.add(context.bundle(), communication));
        }
        for (Attachment attachment : context.attachments()) {
            communications.get(0).addPayload().setContent(attachment);
        }
    }

    /** Subject, sender, recipient, sent and the message answered (ConversationRef/RefToParent). */
    private static void link(Communication communication, BodyContext context) {
        MessageHeader header = context.header();
        communication.setSubject(context.patient());
        communication.setSender(header.getSender().copy());
        communication.addRecipient(header.getDestinationFirstRep().getReceiver().copy());
        communication.setSentElement(context.issueDate() == null ? null : context.issueDate().copy());
        String parent = MessageHeaders.refToParent(header);
        if (parent != null) {
            communication.getInResponseTo().add(0, new Reference().setIdentifier(
                    new Identifier().setSystem(Systems.MSG_ID).setValue(parent)));
        }
    }
}
