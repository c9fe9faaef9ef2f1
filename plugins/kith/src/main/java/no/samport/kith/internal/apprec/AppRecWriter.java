package no.samport.kith.internal.apprec;

import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.MessageTypeNames;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageHeaderResponseComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * Writes a receipt bundle (as {@code AppRecBundles.answer} builds it, or as decoded) as AppRec 1.0 or 1.1: MsgType,
 * MIGversion, SoftwareName (MessageHeader.source.name), SoftwareVersion, GenDate, Id, Sender, Receiver, Status,
 * Error*, OriginalMsgId.
 */
public final class AppRecWriter {

    private AppRecWriter() {
    }

    public static void write(KithXmlWriter out, Bundle bundle, AppRecVersion version) throws MessageRejectedException {
        MessageHeader header = Bundles.header(bundle);
        MessageHeaderResponseComponent response = header.getResponse();
        Coding originalType = ExtensionValues.coding(response, Systems.EXT_ORIGINAL_MESSAGE_TYPE, null);
        String originalGenDate = ExtensionValues.value(response, Systems.EXT_ORIGINAL_GEN_DATE) instanceof BaseDateTimeType date
                ? KithDateTimes.format(date) : null;
        if (!response.hasIdentifier() || originalType == null || originalGenDate == null || !bundle.hasTimestamp()
                || header.getDestination().isEmpty()) {
            throw new MessageRejectedException(AppRecError.T99, "Cannot write an AppRec: the receipt bundle lacks the "
                    + "original MsgId, type or GenDate (MessageHeader.response), its timestamp or its destination");
        }
        String ns = version.namespace();
        out.start(ns, "AppRec");
        out.cs(ns, "MsgType", header.getEventCoding().getCode(), header.getEventCoding().getDisplay());
        out.text(ns, "MIGversion", version.migVersion());
        out.text(ns, "SoftwareName", header.getSource().getName());
        out.text(ns, "SoftwareVersion", header.getSource().getVersion());
        out.text(ns, "GenDate", KithDateTimes.format(bundle.getTimestampElement()));
        out.text(ns, "Id", Bundles.msgId(bundle));
        AppRecPartyWriter.write(out, ns, "Sender", bundle, header.getSender());
        AppRecPartyWriter.write(out, ns, "Receiver", bundle, header.getDestinationFirstRep().getReceiver());
        status(out, ns, response);
        errors(out, ns, bundle, response);
        out.start(ns, "OriginalMsgId");
        out.cs(ns, "MsgType", originalType.getCode(),
                MessageTypeNames.displayOf(originalType.getCode(), originalType.getDisplay()));
        out.text(ns, "IssueDate", originalGenDate);
        out.text(ns, "Id", response.getIdentifier());
        out.end().end();
    }

    private static void status(KithXmlWriter out, String ns, MessageHeaderResponseComponent response) {
        Coding exact = ExtensionValues.coding(response, Systems.EXT_APPREC_STATUS, null);
        AppRecStatus status = AppRecStatus.fromCode(exact == null ? null : exact.getCode())
                .orElse(response.getCode() == MessageHeader.ResponseType.OK ? AppRecStatus.OK : AppRecStatus.REJECTED);
        out.cs(ns, "Status", status.code(), exact != null && exact.hasDisplay() ? exact.getDisplay() : status.display());
    }

    private static void errors(KithXmlWriter out, String ns, Bundle bundle, MessageHeaderResponseComponent response) {
        if (!response.hasDetails()) {
            return;
        }
        OperationOutcome outcome = Bundles.resolve(bundle, response.getDetails()).filter(OperationOutcome.class::isInstance)
                .map(OperationOutcome.class::cast).orElse(new OperationOutcome());
        for (OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            Coding code = issue.getDetails().getCodingFirstRep();
            String display = code.hasDisplay() ? code.getDisplay()
                    : AppRecError.fromCode(code.getCode()).map(AppRecError::display).orElse(null);
            String oid = CodedValue.oid(code.hasSystem() ? code.getSystem() : Systems.APPREC_ERROR);
            out.cv(ns, "Error", code.getCode(), oid, display, issue.getDetails().getText());
        }
    }
}
