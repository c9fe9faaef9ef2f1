package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.XmlFragments;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code ServReq} (the referral the epikrise answers) to a ServiceRequest: Id → identifier, IssueDate → authoredOn,
 * MsgDescr → category, ReqComment → note, Diagnosis → reasonCode, ServType, ReceiptDate and ReasonAsText →
 * extensions. Status completed (the epikrise reports the service done), intent order.
 */
final class ServReqMapping {

    private ServReqMapping() {
    }

    static ServiceRequest read(Element element, EpikriseContext context) throws MessageRejectedException {
        ServiceRequest request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.COMPLETED)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(context.patient());
        context.required(element, "ServType");
        request.addExtension(EpikriseExtensions.SERV_TYPE, context.cs(element, "ServType", EpikriseCodes.SERV_TYPE));
        request.setAuthoredOnElement(context.ts(context.required(element, "IssueDate")));
        if (context.ts(element, "ReceiptDate") != null) {
            request.addExtension(EpikriseExtensions.RECEIPT_DATE, context.ts(element, "ReceiptDate"));
        }
        String comment = context.text(element, "ReqComment");
        if (comment != null) {
            request.addNote().setText(comment);
        }
        Element msgDescr = context.required(element, "MsgDescr");
        request.addCategory(msgDescr.hasAttribute("V") || msgDescr.hasAttribute("DN")
                ? new CodeableConcept(CodedValue.cs(msgDescr, context.read()).toCoding(null))
                : new CodeableConcept().setText(Dom.text(msgDescr)));
        request.addIdentifier(new Identifier().setSystem(EpikriseExtensions.SERV_REQ_ID)
                .setValue(context.read().requiredText(element, context.ns(), "Id")));
        for (Element reason : context.all(element, "ReasonAsText")) {
            request.addExtension(reasonAsText(reason, context));
        }
        for (Element diagnosis : context.all(element, "Diagnosis")) {
            request.addReasonCode(CodedDescriptions.read(diagnosis, context));
        }
        if (!request.hasReasonCode()) {
            throw context.read().invalid(element, "ServReq has no Diagnosis");
        }
        return request;
    }

    private static Extension reasonAsText(Element reason, EpikriseContext context) throws MessageRejectedException {
        Extension extension = new Extension(EpikriseExtensions.REASON_AS_TEXT);
        Coding heading = context.cs(reason, "Heading", EpikriseCodes.HEADING);
        if (heading != null) {
            extension.addExtension("heading", heading);
        }
        Element value = context.child(reason, "TextResultValue");
        if (value != null) {
            context.read().opaque(value);
            String text = Dom.text(value);
            extension.addExtension("text", new StringType(text == null ? "" : text));
            if (!Dom.children(value).isEmpty()) {
                extension.addExtension("xml", new StringType(XmlFragments.childrenAsXml(value)));
            }
        }
        for (Element code : context.all(reason, "TextCode")) {
            extension.addExtension("textCode", CodedValue.cv(code, context.read()).toConcept());
        }
        return extension;
    }

    static void write(EpikriseOut out, ServiceRequest request) {
        out.start("ServReq");
        out.cs("ServType", ExtensionValues.coding(request, EpikriseExtensions.SERV_TYPE,
                new Coding(EpikriseCodes.SERV_TYPE, "N", "Ny")));
        out.ts("IssueDate", request.getAuthoredOnElement());
        out.ts("ReceiptDate", ExtensionValues.value(request, EpikriseExtensions.RECEIPT_DATE));
        out.text("ReqComment", request.hasNote() ? request.getNoteFirstRep().getText() : null);
        CodeableConcept category = request.getCategoryFirstRep();
        out.cs("MsgDescr", category.hasCoding() ? category.getCodingFirstRep()
                : new Coding(null, null, category.getText()));
        out.text("Id", request.getIdentifier().stream().filter(i -> EpikriseExtensions.SERV_REQ_ID.equals(i.getSystem()))
                .filter(Identifier::hasValue).map(Identifier::getValue).findFirst().orElse(null));
        for (Extension reason : request.getExtensionsByUrl(EpikriseExtensions.REASON_AS_TEXT)) {
            out.start("ReasonAsText").cs("Heading", ExtensionValues.value(reason, "heading"));
            writeText(out, reason);
            for (Extension code : reason.getExtensionsByUrl("textCode")) {
                out.cv("TextCode", (CodeableConcept) code.getValue());
            }
            out.end();
        }
        for (CodeableConcept diagnosis : request.getReasonCode()) {
            CodedDescriptions.write(out, "Diagnosis", diagnosis);
        }
        out.end();
    }

    private static void writeText(EpikriseOut out, Extension reason) {
        String xml = ExtensionValues.string(reason, "xml");
        if (xml == null) {
            out.text("TextResultValue", ExtensionValues.string(reason, "text"));
            return;
        }
        XmlFragments.write(out.xml(), out.ns(), "TextResultValue", xml, ExtensionValues.string(reason, "text"));
    }
}
