package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.w3c.dom.Element;

/**
 * A coded clinical statement ({@code Diagnosis}, {@code CodedDescr}, {@code DiagComment}, {@code CodedComment}:
 * {@code Concept CV, Modifier* = Name CS, Value CV+}) to and from a CodeableConcept with the modifiers in
 * {@link EpikriseExtensions#MODIFIER} extensions (e.g. an ICD-10 star code).
 */
final class CodedDescriptions {

    private CodedDescriptions() {
    }

    static CodeableConcept read(Element element, EpikriseContext context) throws MessageRejectedException {
        Element conceptElement = context.required(element, "Concept");
        CodeableConcept concept = CodedValue.cv(conceptElement, context.read()).toConcept();
        for (Element modifier : context.all(element, "Modifier")) {
            Extension extension = concept.addExtension().setUrl(EpikriseExtensions.MODIFIER);
            extension.addExtension("name", context.cs(modifier, "Name", null));
            for (Element value : context.all(modifier, "Value")) {
                extension.addExtension("value", CodedValue.cv(value, context.read()).toConcept());
            }
            if (!extension.hasExtension("value")) {
                throw context.read().invalid(modifier, "Modifier has no Value");
            }
        }
        return concept;
    }

    /** Writes {@code <name>} with Concept and Modifiers, when the concept is not null. */
    static void write(EpikriseOut out, String name, CodeableConcept concept) {
        if (concept == null) {
            return;
        }
        out.start(name);
        out.cv("Concept", concept);
        for (Extension modifier : concept.getExtensionsByUrl(EpikriseExtensions.MODIFIER)) {
            out.start("Modifier");
            Extension modifierName = modifier.getExtensionByUrl("name");
            out.cs("Name", modifierName == null ? null : (Coding) modifierName.getValue());
            for (Extension value : modifier.getExtensionsByUrl("value")) {
                out.cv("Value", (CodeableConcept) value.getValue());
            }
            out.end();
        }
        out.end();
    }
}
