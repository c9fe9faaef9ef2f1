package no.samport.kith.internal.common;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/** Typed reads of extension values on elements and resources; null when absent or of another type. */
public final class ExtensionValues {

    private ExtensionValues() {
    }

    /** The value of the first extension with this URL on an element or resource. */
    public static Type value(Base holder, String url) {
        Extension extension = null;
        if (holder instanceof Element element) {
            extension = element.getExtensionByUrl(url);
        } else if (holder instanceof DomainResource resource) {
            extension = resource.getExtensionByUrl(url);
        }
        return extension == null ? null : extension.getValue();
    }

    /** A Coding value, or the fallback. */
    public static Coding coding(Base holder, String url, Coding fallback) {
        return value(holder, url) instanceof Coding coding ? coding : fallback;
    }

    /** A CodeableConcept value, or null. */
    public static CodeableConcept concept(Base holder, String url) {
        return value(holder, url) instanceof CodeableConcept concept ? concept : null;
    }

    /** A Reference value, or null. */
    public static Reference reference(Base holder, String url) {
        return value(holder, url) instanceof Reference reference ? reference : null;
    }

    /** A primitive value as text, or null. */
    public static String string(Base holder, String url) {
        Type value = value(holder, url);
        return value != null && value.isPrimitive() ? value.primitiveValue() : null;
    }
}
