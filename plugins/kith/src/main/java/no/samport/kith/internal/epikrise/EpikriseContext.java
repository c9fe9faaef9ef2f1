package no.samport.kith.internal.epikrise;

import java.util.List;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.w3c.dom.Element;

/**
 * One Epikrise being read: its version (namespace), the document bundle resources go into, the patient once read,
 * and typed lookups of children in the Epikrise namespace.
 */
final class EpikriseContext {

    private final EpikriseVersion version;
    private final Bundle document;
    private final ReadContext read;
    private Reference patient;

    EpikriseContext(EpikriseVersion version, Bundle document, ReadContext read) {
        this.version = version;
        this.document = document;
        this.read = read;
    }

    EpikriseVersion version() {
        return version;
    }

    String ns() {
        return version.namespace();
    }

    Bundle document() {
        return document;
    }

    ReadContext read() {
        return read;
    }

    Reference patient() {
        return patient == null ? null : patient.copy();
    }

    void patient(Reference reference) {
        this.patient = reference;
    }

    /** Adds a resource to the document bundle; returns a reference to it. */
    Reference add(Resource resource) {
        return Bundles.add(document, resource);
    }

    /** The resource a reference points to in the document bundle, or null. */
    Resource resolve(Reference reference) {
        return Bundles.resolve(document, reference).orElse(null);
    }

    Element child(Element parent, String name) throws MessageRejectedException {
        return read.child(parent, ns(), name);
    }

    Element required(Element parent, String name) throws MessageRejectedException {
        return read.required(parent, ns(), name);
    }

    List<Element> all(Element parent, String name) throws MessageRejectedException {
        return read.all(parent, ns(), name);
    }

    String text(Element parent, String name) throws MessageRejectedException {
        return read.text(parent, ns(), name);
    }

    /** A CS child as a Coding ({@code defaultSystem} may be null), or null. */
    Coding cs(Element parent, String name, String defaultSystem) throws MessageRejectedException {
        CodedValue value = CodedValue.cs(child(parent, name), read);
        return value == null ? null : value.toCoding(defaultSystem);
    }

    /** A CV child as a CodeableConcept, or null. */
    CodeableConcept cv(Element parent, String name) throws MessageRejectedException {
        CodedValue value = CodedValue.cv(child(parent, name), read);
        return value == null ? null : value.toConcept();
    }

    /** A TS child ({@code V} holds a date or date-time), or null; T02 when V is neither. */
    DateTimeType ts(Element parent, String name) throws MessageRejectedException {
        Element element = child(parent, name);
        return element == null ? null : ts(element);
    }

    /** A TS element's value; T02 when V is not a date or date-time. */
    DateTimeType ts(Element element) throws MessageRejectedException {
        DateTimeType value = KithDateTimes.dateTime(Dom.attribute(element, "V"));
        if (value == null) {
            throw read.invalid(element, Dom.localName(element) + "/@V is not a date or date-time");
        }
        return value;
    }
}
