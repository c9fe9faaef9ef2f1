package no.samport.kith.internal.msghead;

import static no.samport.kith.internal.xml.KithNamespaces.MSGHEAD;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/**
 * The {@code Document} fields before {@code RefDoc} ({@code DocumentConnection, ContentType, ContentDescription,
 * ContentCategory, Consent, Annotation, FromDate, ToDate, OidRef, EnquiryRefId}) and the {@code RefDoc} fields
 * {@code Id, MimeType, Description, Compression} to and from the {@link KithExtensions#DOCUMENT} extension.
 * MimeType and Description of an attachment are FHIR Attachment fields; only the body keeps them here.
 */
final class DocumentFields {

    private DocumentFields() {
    }

    /**
     * Reads the fields; returns null when the document has none of them.
     *
     * @param body whether this is the body document (its MimeType and Description are kept here)
     */
    static Extension read(Element document, Element refDoc, boolean body, ReadContext context)
            throws MessageRejectedException {
        Extension fields = new Extension(KithExtensions.DOCUMENT);
        add(fields, "documentConnection", coded(document, "DocumentConnection", false, context));
        add(fields, "contentType", coded(document, "ContentType", true, context));
        add(fields, "contentDescription", text(document, "ContentDescription", context));
        add(fields, "contentCategory", coded(document, "ContentCategory", true, context));
        add(fields, "consent", coded(document, "Consent", true, context));
        add(fields, "annotation", text(document, "Annotation", context));
        add(fields, "fromDate", ts(document, "FromDate", context));
        add(fields, "toDate", ts(document, "ToDate", context));
        add(fields, "oidRef", text(document, "OidRef", context));
        add(fields, "enquiryRefId", text(document, "EnquiryRefId", context));
        add(fields, "refDocId", text(refDoc, "Id", context));
        if (body) {
            add(fields, "mimeType", text(refDoc, "MimeType", context));
            add(fields, "description", text(refDoc, "Description", context));
        }
        add(fields, "compression", coded(refDoc, "Compression", false, context));
        return fields.hasExtension() ? fields : null;
    }

    /** Writes the Document fields before RefDoc, in schema order. */
    static void writeDocumentPart(KithXmlWriter out, Extension fields) {
        if (fields == null) {
            return;
        }
        CodedValue.writeCs(out, MSGHEAD, "DocumentConnection", ExtensionValues.coding(fields, "documentConnection", null));
        CodedValue.writeCv(out, MSGHEAD, "ContentType", ExtensionValues.concept(fields, "contentType"));
        out.text(MSGHEAD, "ContentDescription", ExtensionValues.string(fields, "contentDescription"));
        CodedValue.writeCv(out, MSGHEAD, "ContentCategory", ExtensionValues.concept(fields, "contentCategory"));
        CodedValue.writeCv(out, MSGHEAD, "Consent", ExtensionValues.concept(fields, "consent"));
        out.text(MSGHEAD, "Annotation", ExtensionValues.string(fields, "annotation"));
        out.ts(MSGHEAD, "FromDate", date(fields, "fromDate"));
        out.ts(MSGHEAD, "ToDate", date(fields, "toDate"));
        out.text(MSGHEAD, "OidRef", ExtensionValues.string(fields, "oidRef"));
        out.text(MSGHEAD, "EnquiryRefId", ExtensionValues.string(fields, "enquiryRefId"));
    }

    /** Writes RefDoc/Id (after MsgType). */
    static void writeRefDocId(KithXmlWriter out, Extension fields) {
        out.text(MSGHEAD, "Id", fields == null ? null : ExtensionValues.string(fields, "refDocId"));
    }

    /** Writes RefDoc/Compression (after Description). */
    static void writeCompression(KithXmlWriter out, Extension fields) {
        CodedValue.writeCs(out, MSGHEAD, "Compression",
                fields == null ? null : ExtensionValues.coding(fields, "compression", null));
    }

    /** A sub-value as text, or null. */
    static String string(Extension fields, String name) {
        return fields == null ? null : ExtensionValues.string(fields, name);
    }

    private static String date(Extension fields, String name) {
        return ExtensionValues.value(fields, name) instanceof BaseDateTimeType date ? KithDateTimes.format(date) : null;
    }

    private static void add(Extension fields, String name, Type value) {
        if (value != null) {
            fields.addExtension(name, value);
        }
    }

    private static Type coded(Element parent, String name, boolean cv, ReadContext context)
            throws MessageRejectedException {
        Element element = context.child(parent, MSGHEAD, name);
        if (element == null) {
            return null;
        }
        return cv ? CodedValue.cv(element, context).toConcept() : CodedValue.cs(element, context).toCoding(null);
    }

    private static Type text(Element parent, String name, ReadContext context) throws MessageRejectedException {
        String text = context.text(parent, MSGHEAD, name);
        return text == null ? null : new StringType(text);
    }

    private static Type ts(Element parent, String name, ReadContext context) throws MessageRejectedException {
        Element element = context.child(parent, MSGHEAD, name);
        if (element == null) {
            return null;
        }
        DateTimeType value = KithDateTimes.dateTime(Dom.attribute(element, "V"));
        if (value == null) {
            throw context.invalid(element, name + "/@V is not a date or date-time");
        }
        return value;
    }
}
