package no.samport.kith.internal.epikrise;

import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.KithDateTimes;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/** Writing one Epikrise 1.2: elements in its namespace, typed values, references resolved in the document bundle. */
final class EpikriseOut {

    private final KithXmlWriter out;
    private final Bundle document;

    EpikriseOut(KithXmlWriter out, Bundle document) {
        this.out = out;
        this.document = document;
    }

    String ns() {
        return EpikriseVersion.V1_2.namespace();
    }

    KithXmlWriter xml() {
        return out;
    }

    Bundle document() {
        return document;
    }

    /** The resource a reference points to in the document bundle, or null. */
    Resource resolve(Reference reference) {
        return Bundles.resolve(document, reference).orElse(null);
    }

    EpikriseOut start(String name) {
        out.start(ns(), name);
        return this;
    }

    EpikriseOut end() {
        out.end();
        return this;
    }

    EpikriseOut text(String name, String text) {
        out.text(ns(), name, text);
        return this;
    }

    EpikriseOut cs(String name, Coding coding) {
        CodedValue.writeCs(out, ns(), name, coding);
        return this;
    }

    /** A CS from an extension value (a Coding), when there is one. */
    EpikriseOut cs(String name, Type value) {
        return cs(name, value instanceof Coding coding ? coding : null);
    }

    EpikriseOut cv(String name, CodeableConcept concept) {
        CodedValue.writeCv(out, ns(), name, concept);
        return this;
    }

    EpikriseOut ts(String name, BaseDateTimeType value) {
        out.ts(ns(), name, KithDateTimes.format(value));
        return this;
    }

    /** A TS from an extension value, when it is a date or date-time. */
    EpikriseOut ts(String name, Type value) {
        return ts(name, value instanceof BaseDateTimeType date ? date : null);
    }
}
