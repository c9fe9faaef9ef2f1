package no.samport.kith.internal.apprec;

import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.common.PartyEndpoints;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.Validation;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageHeaderResponseComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/**
 * AppRec 1.0/1.1 to the receipt bundle {@code AppRecBundles.answer} builds: event APPREC, Id in Bundle.identifier,
 * sender/receiver parties, {@code response} (identifier = OriginalMsgId/Id, code and the exact 8258 status, original
 * type and GenDate in extensions), errors as OperationOutcome issues. SoftwareName/Version → source.name/version.
 */
public final class AppRecReader {

    private AppRecReader() {
    }

    public static DecodedMessage read(Element appRec, AppRecVersion version, ReadContext context,
                                      Validation schemaValidation) throws MessageRejectedException {
        String ns = version.namespace();
        CodedValue msgType = CodedValue.cs(context.required(appRec, ns, "MsgType"), context);
        if (!KithMessageType.APPREC.equals(msgType.v())) {
            throw context.invalid(context.required(appRec, ns, "MsgType"), "AppRec/MsgType is not APPREC");
        }
        String migVersion = context.requiredText(appRec, ns, "MIGversion");
        if (!version.migVersion().equals(migVersion)) {
            context.quirk(context.required(appRec, ns, "MIGversion"),
                    "MIGversion is '" + migVersion + "', expected '" + version.migVersion() + "'");
        }
        MessageHeader header = new MessageHeader();
        header.setEvent(msgType.toCoding(Systems.MESSAGE_TYPE));
        InstantType genDate = instant(context.required(appRec, ns, "GenDate"), context);
        Bundle bundle = Bundles.newMessage(context.requiredText(appRec, ns, "Id"), genDate.getValue(), header);
        bundle.setTimestampElement(genDate);
        header.getSource().setName(context.text(appRec, ns, "SoftwareName"))
                .setVersion(context.text(appRec, ns, "SoftwareVersion"));
        header.setSender(AppRecPartyReader.read(context.required(appRec, ns, "Sender"), ns, bundle, context));
        header.getSource().setEndpoint(PartyEndpoints.of(bundle, header.getSender()));
        Reference receiver = AppRecPartyReader.read(context.required(appRec, ns, "Receiver"), ns, bundle, context);
        header.addDestination().setReceiver(receiver).setEndpoint(PartyEndpoints.of(bundle, receiver));
        Bundle partial = bundle.copy();
        try {
            schemaValidation.run();
            response(appRec, ns, header, bundle, context);
            context.reportUnknown(appRec);
            return new DecodedMessage(bundle, version.format(), context.warnings());
        } catch (MessageRejectedException e) {
            throw e.partialHeader().isPresent() ? e : new MessageRejectedException(e.error(), e.getMessage(), partial);
        }
    }

    private static void response(Element appRec, String ns, MessageHeader header, Bundle bundle, ReadContext context)
            throws MessageRejectedException {
        Element statusElement = context.required(appRec, ns, "Status");
        CodedValue status = CodedValue.cs(statusElement, context);
        AppRecStatus appRecStatus = AppRecStatus.fromCode(status.v())
                .orElseThrow(() -> context.invalid(statusElement, "Status is not a code from 8258 (1, 2 or 3)"));
        MessageHeaderResponseComponent response = header.getResponse();
        response.setCode(appRecStatus.responseType());
        response.addExtension(Systems.EXT_APPREC_STATUS, new Coding(Systems.APPREC_STATUS, appRecStatus.code(), status.dn()));
        Element original = context.required(appRec, ns, "OriginalMsgId");
        CodedValue originalType = CodedValue.cs(context.required(original, ns, "MsgType"), context);
        response.addExtension(Systems.EXT_ORIGINAL_MESSAGE_TYPE, originalType.toCoding(Systems.MESSAGE_TYPE));
        InstantType issueDate = instant(context.required(original, ns, "IssueDate"), context);
        response.addExtension(Systems.EXT_ORIGINAL_GEN_DATE,
                new DateTimeType(issueDate.getValue(), issueDate.getPrecision(), issueDate.getTimeZone()));
        response.setIdentifier(context.requiredText(original, ns, "Id"));
        OperationOutcome outcome = AppRecErrorReader.read(context.all(appRec, ns, "Error"), appRecStatus, context);
        if (outcome != null) {
            response.setDetails(Bundles.add(bundle, outcome));
        }
    }

    private static InstantType instant(Element element, ReadContext context) throws MessageRejectedException {
        InstantType value = KithDateTimes.instant(Dom.text(element));
        if (value == null) {
            throw context.invalid(element, Dom.localName(element) + " is not an xs:dateTime");
        }
        return value;
    }
}
