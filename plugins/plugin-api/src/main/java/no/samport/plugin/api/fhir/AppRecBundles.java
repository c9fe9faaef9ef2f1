package no.samport.plugin.api.fhir;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;

/**
 * Builds the canonical form of an application receipt (AppRec): a message bundle whose MessageHeader has event
 * {@code APPREC} and a {@code response} naming the original MsgId, and an {@code OperationOutcome} whose issues carry
 * the 8221 error codes. Sender and receiver are swapped relative to the message answered.
 */
public final class AppRecBundles {

    /** One error in a receipt: an 8221 code and free text ({@code Error/@OT}). */
    public record Issue(AppRecError error, String text) {
    }

    /** The software that writes receipts (AppRec/SoftwareName). */
    public static final String SOFTWARE_NAME = "Samport";

    private AppRecBundles() {
    }

    /** A receipt for the message described by {@code original}, sent in the name of its receiver. */
    public static Bundle answer(MessageEnvelope original, AppRecStatus status, List<Issue> issues, Date now) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(Systems.MESSAGE_TYPE, KithMessageType.APPREC, "Applikasjonskvittering"));
        Bundle bundle = Bundles.newMessage(UUID.randomUUID().toString(), now, header);
        header.getSource().setName(SOFTWARE_NAME)
                .setEndpoint(endpoint(original.receiver()));
        header.setSender(PartyResources.addTo(bundle, original.receiver()));
        Reference receiver = PartyResources.addTo(bundle, original.sender());
        header.addDestination().setEndpoint(endpoint(original.sender())).setReceiver(receiver);

        MessageHeader.MessageHeaderResponseComponent response = header.getResponse();
        response.setIdentifier(original.msgId());
        response.setCode(status.responseType());
        response.addExtension(Systems.EXT_APPREC_STATUS, new Coding(Systems.APPREC_STATUS, status.code(), status.display()));
        if (original.messageType() != null) {
            response.addExtension(Systems.EXT_ORIGINAL_MESSAGE_TYPE,
                    new Coding(Systems.MESSAGE_TYPE, original.messageType(), null));
        }
        if (original.genDate() != null) {
            response.addExtension(Systems.EXT_ORIGINAL_GEN_DATE, new DateTimeType(Date.from(original.genDate())));
        }
        if (!issues.isEmpty()) {
            response.setDetails(Bundles.add(bundle, outcome(issues, status)));
        }
        return bundle;
    }

    private static OperationOutcome outcome(List<Issue> issues, AppRecStatus status) {
        OperationOutcome outcome = new OperationOutcome();
        IssueSeverity severity = status == AppRecStatus.REJECTED ? IssueSeverity.ERROR : IssueSeverity.WARNING;
        for (Issue issue : issues) {
            outcome.addIssue()
                    .setSeverity(severity)
                    .setCode(IssueType.PROCESSING)
                    .setDetails(new CodeableConcept(new Coding(Systems.APPREC_ERROR, issue.error().code(),
                            issue.error().display())).setText(issue.text()));
        }
        return outcome;
    }

    /** The 8221 issues of a receipt bundle, in order. */
    public static List<Issue> issues(Bundle receipt) {
        MessageHeader header = Bundles.header(receipt);
        if (!header.hasResponse() || !header.getResponse().hasDetails()) {
            return List.of();
        }
        return Bundles.resolve(receipt, header.getResponse().getDetails())
                .filter(OperationOutcome.class::isInstance)
                .map(OperationOutcome.class::cast)
                .map(outcome -> outcome.getIssue().stream()
                        .map(issue -> new Issue(
                                issue.getDetails().getCoding().stream()
                                        .filter(c -> Systems.APPREC_ERROR.equals(c.getSystem()))
                                        .findFirst()
                                        .flatMap(c -> AppRecError.fromCode(c.getCode()))
                                        .orElse(AppRecError.X99),
                                issue.getDetails().getText()))
                        .toList())
                .orElse(List.of());
    }

    private static String endpoint(PartyAddress party) {
        return party.mostSpecificHerId().map(Systems::herEndpoint).orElse(Systems.HER_ENDPOINT_PREFIX + "unknown");
    }
}
