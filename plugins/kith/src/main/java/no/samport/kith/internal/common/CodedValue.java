package no.samport.kith.internal.common;

import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.w3c.dom.Element;

/**
 * A KITH coded value: CS ({@code V}, {@code DN}) or CV ({@code V}, {@code S}, {@code DN}, {@code OT}). In FHIR a
 * Coding ({@code S} becomes {@code urn:oid:S}) and, for CV, a CodeableConcept whose text is {@code OT}.
 */
public record CodedValue(String v, String s, String dn, String ot) {

    private static final String OID = "urn:oid:";

    /** Reads a CS: V and DN; an S is tolerated (trap 3) but dropped. Null when the element is null. */
    public static CodedValue cs(Element element, ReadContext context) throws MessageRejectedException {
        if (element == null) {
            return null;
        }
        if (element.hasAttribute("S")) {
            context.quirk(element, Dom.localName(element) + " is a CS and must not have an S attribute");
        }
        return new CodedValue(v(element, context), null, Dom.attribute(element, "DN"), null);
    }

    /** Reads a CV. Null when the element is null. */
    public static CodedValue cv(Element element, ReadContext context) throws MessageRejectedException {
        if (element == null) {
            return null;
        }
        String s = Dom.attribute(element, "S");
        return new CodedValue(v(element, context), s == null ? null : s.strip(), Dom.attribute(element, "DN"),
                Dom.attribute(element, "OT"));
    }

    private static String v(Element element, ReadContext context) throws MessageRejectedException {
        String v = Dom.attribute(element, "V");
        if (v != null && v.isBlank()) {
            return null; // an empty V says nothing, as no V (FHIR has no empty codes either)
        }
        if (v != null && !v.equals(v.strip())) {
            context.quirk(element, Dom.localName(element) + "/@V has surrounding whitespace");
            v = v.strip();
        }
        return v;
    }

    /** The value as a Coding; a CS gets {@code defaultSystem} (a full URI, may be null). */
    public Coding toCoding(String defaultSystem) {
        return new Coding(s != null ? OID + s : defaultSystem, v, dn);
    }

    /** The value as a CodeableConcept: one coding (none when only OT is given), OT as text. */
    public CodeableConcept toConcept() {
        CodeableConcept concept = new CodeableConcept().setText(ot);
        if (v != null || s != null || dn != null) {
            concept.addCoding(toCoding(null));
        }
        return concept;
    }

    /** The coded value of a Coding; {@code S} only for {@code urn:oid:} systems. */
    public static CodedValue of(Coding coding) {
        if (coding == null || coding.isEmpty()) {
            return null;
        }
        return new CodedValue(coding.getCode(), oid(coding.getSystem()), coding.getDisplay(), null);
    }

    /** The coded value of a CodeableConcept (first coding, text as OT). */
    public static CodedValue of(CodeableConcept concept) {
        if (concept == null || concept.isEmpty()) {
            return null;
        }
        CodedValue first = concept.hasCoding() ? of(concept.getCodingFirstRep()) : new CodedValue(null, null, null, null);
        return new CodedValue(first.v, first.s, first.dn, concept.getText());
    }

    /** The OID of a {@code urn:oid:} system, else null. */
    public static String oid(String system) {
        return system != null && system.startsWith(OID) ? system.substring(OID.length()) : null;
    }

    /** Writes this value as a CS element (no S). */
    public void writeCs(KithXmlWriter out, String namespace, String localName) {
        out.cs(namespace, localName, v, dn);
    }

    /** Writes this value as a CV element. */
    public void writeCv(KithXmlWriter out, String namespace, String localName) {
        out.cv(namespace, localName, v, s, dn, ot);
    }

    /** Writes a CS from a Coding when it is not null. */
    public static void writeCs(KithXmlWriter out, String namespace, String localName, Coding coding) {
        CodedValue value = of(coding);
        if (value != null) {
            value.writeCs(out, namespace, localName);
        }
    }

    /** Writes a CV from a CodeableConcept when it is not null. */
    public static void writeCv(KithXmlWriter out, String namespace, String localName, CodeableConcept concept) {
        CodedValue value = of(concept);
        if (value != null) {
            value.writeCv(out, namespace, localName);
        }
    }
}
