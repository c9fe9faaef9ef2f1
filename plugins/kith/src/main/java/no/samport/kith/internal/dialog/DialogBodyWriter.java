package no.samport.kith.internal.dialog;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.internal.body.BodyWriter;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * A dialogue bundle as a Dialogmelding body: the Communications in {@code MessageHeader.focus}, in the version
 * {@link VersionConverter} chooses for the receiver; the first Communication's subject is MsgInfo/Patient and its
 * sent time RefDoc/IssueDate; attachment payloads become attachment Documents.
 */
public final class DialogBodyWriter implements BodyWriter {

    private final Bundle bundle;
    private final String type;
    private final List<Communication> communications;
    private final DialogmeldingVersion version;

    private DialogBodyWriter(Bundle bundle, String type, List<Communication> communications,
                             DialogmeldingVersion version) {
        this.bundle = bundle;
        this.type = type;
        this.communications = communications;
        this.version = version;
    }

    /** Prepares the body for a receiver; T10 when it reads no version that can carry the message. */
    public static DialogBodyWriter prepare(Bundle bundle, String type, EncodingPreferences receiver)
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
        return new DialogBodyWriter(bundle, type, communications,
                VersionConverter.choose(type, communications, receiver));
    }

    @Override
    public String format() {
        return version.format();
    }

    @Override
    public Patient patient() {
        return Bundles.resolve(bundle, communications.get(0).getSubject()).filter(Patient.class::isInstance)
                .map(Patient.class::cast).orElse(null);
    }

    @Override
    public BaseDateTimeType issueDate() {
        return communications.get(0).getSentElement();
    }

    @Override
    public void writeContent(KithXmlWriter out) throws MessageRejectedException {
        DialogmeldingWriter.write(out, bundle, version, type, communications);
    }

    @Override
    public List<Attachment> attachments() {
        List<Attachment> attachments = new ArrayList<>();
        for (Communication communication : communications) {
            for (Communication.CommunicationPayloadComponent payload : communication.getPayload()) {
                if (payload.getContent() instanceof Attachment attachment) {
                    attachments.add(attachment);
                }
            }
        }
        return attachments;
    }
}
