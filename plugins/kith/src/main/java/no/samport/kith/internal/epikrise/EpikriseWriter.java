package no.samport.kith.internal.epikrise;

import java.util.List;
import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Writes a document Bundle as an Epikrise 1.2 {@code Message} in schema order (a 1.1 epikrise comes out as 1.2:
 * Type {@code E} becomes {@code EPIKRISE}). A document without what the XSD requires (a Composition with a subject,
 * the ServProvider and the Requester) is refused with T99 and the reason.
 */
public final class EpikriseWriter {

    private static final String MIG_VERSION = EpikriseVersion.V1_2.migVersion();

    private EpikriseWriter() {
    }

    public static void write(KithXmlWriter xml, Bundle document) throws MessageRejectedException {
        Composition composition = Bundles.first(document, Composition.class).orElseThrow(() -> unwritable(
                "the document Bundle has no Composition"));
        EpikriseOut out = new EpikriseOut(xml, document);
        if (!(out.resolve(composition.getSubject()) instanceof Patient patient)) {
            throw unwritable("the Composition's subject is not a Patient in the document");
        }
        out.start("Message");
        out.cs("Type", messageType(composition));
        out.text("MsgVersion", ExtensionValues.string(composition, EpikriseExtensions.MSG_VERSION));
        out.text("MIGversion", MIG_VERSION);
        out.xml().ts(out.ns(), "GenDate", EpikriseReader.genDate(document));
        out.text("MsgId", Bundles.msgId(document));
        out.cs("Status", document.getMeta().getTag().stream()
                .filter(t -> EpikriseCodes.MESSAGE_STATUS.equals(t.getSystem())).findFirst().orElse(null));
        servRprt(out, composition, patient);
        out.end();
    }

    private static void servRprt(EpikriseOut out, Composition composition, Patient patient)
            throws MessageRejectedException {
        out.start("ServRprt");
        out.cs("ServType", ExtensionValues.coding(composition, EpikriseExtensions.SERV_TYPE,
                new Coding(EpikriseCodes.SERV_TYPE, "N", "Ny")));
        out.ts("IssueDate", composition.getDateElement());
        out.ts("ApprDate", composition.hasAttester() ? composition.getAttesterFirstRep().getTimeElement() : null);
        out.cs("Status", ExtensionValues.coding(composition, EpikriseExtensions.REPORT_STATUS,
                EpikriseCodes.reportStatus(composition.getStatus())));
        out.cs("Priority", ExtensionValues.value(composition, EpikriseExtensions.PRIORITY));
        out.cs("Ack", ExtensionValues.value(composition, EpikriseExtensions.ACK));
        out.text("MsgDescr", composition.getTitle());
        out.text("ServProvId", composition.hasIdentifier() ? composition.getIdentifier().getValue() : null);
        for (SectionComponent referrals : Sections.ofKind(composition.getSection(), Sections.Kind.SERV_REQ)) {
            for (var entry : referrals.getEntry()) {
                if (out.resolve(entry) instanceof ServiceRequest request) {
                    ServReqMapping.write(out, request);
                }
            }
        }
        for (SectionComponent event : Sections.ofKind(composition.getSection(), Sections.Kind.EVENT)) {
            EventWriter.write(out, event);
        }
        EpikrisePatientWriter.write(out, patient);
        Participants.write(out, required(composition, Participants.Kind.SERV_PROVIDER),
                Participants.Kind.SERV_PROVIDER);
        Participants.writeAll(out, composition, Participants.Kind.COPY_DEST);
        Participants.write(out, required(composition, Participants.Kind.REQUESTER), Participants.Kind.REQUESTER);
        Participants.writeAll(out, composition, Participants.Kind.REL_SERV_PROVIDER);
        out.end();
    }

    /** Message/Type: as read, with 1.1's {@code E} (7315 Epikrise) written as the 8279 code EPIKRISE. */
    private static Coding messageType(Composition composition) {
        Coding type = composition.getType().getCoding().stream()
                .filter(c -> !EpikriseReader.LOINC.equals(c.getSystem())).findFirst().orElse(null);
        if (type != null && "E".equals(type.getCode())) {
            return new Coding(null, KithMessageType.EPIKRISE, "Epikrise");
        }
        return type;
    }

    private static Extension required(Composition composition, Participants.Kind kind) throws MessageRejectedException {
        List<Extension> participants = Participants.of(composition, kind);
        if (participants.isEmpty()) {
            throw unwritable("the Composition names no " + kind.element() + " (extension "
                    + EpikriseExtensions.PARTICIPANT + " with kind " + kind.code() + ")");
        }
        return participants.get(0);
    }

    private static MessageRejectedException unwritable(String why) {
        return new MessageRejectedException(AppRecError.T99, "Cannot write the Epikrise: " + why);
    }
}
