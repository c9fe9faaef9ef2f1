package no.samport.policy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The values an input read, as short text for the decision record. National identity numbers never appear: an
 * identifier in a person-number system, or any value of 11 or 12 digits (fødselsnummer, D-nummer, DUF-nummer), is
 * masked. Long texts are cut.
 */
final class Values {

    private static final Set<String> PERSON_NUMBERS = Set.of(Systems.FNR, Systems.DNR, Systems.FHN, Systems.DUF);
    private static final Pattern PERSON_NUMBER_LIKE = Pattern.compile("\\b\\d{11,12}\\b");
    private static final int MAX_TEXT = 120;
    private static final int MAX_VALUES = 20;

    private Values() {
    }

    static List<String> render(List<Base> values) {
        return values.stream().limit(MAX_VALUES).map(Values::render).toList();
    }

    static String render(Base value) {
        if (value instanceof Identifier identifier) {
            return PERSON_NUMBERS.contains(identifier.getSystem()) ? identifier.getSystem() + "|(masked)"
                    : identifier.getSystem() + "|" + text(identifier.getValue());
        }
        if (value instanceof Coding coding) {
            return coding.getSystem() + "|" + coding.getCode();
        }
        if (value instanceof CodeableConcept concept) {
            return concept.hasCoding() ? render(concept.getCodingFirstRep()) : text(concept.getText());
        }
        if (value instanceof Quantity quantity) {
            return quantity.getValue().toPlainString() + " " + quantity.getUnit();
        }
        if (value instanceof Reference reference) {
            return reference.hasReference() ? reference.getReference() : "Reference";
        }
        if (value instanceof Resource resource) {
            return resource.fhirType() + (resource.hasIdElement() ? "/" + resource.getIdElement().getIdPart() : "");
        }
        if (value.isPrimitive()) {
            return text(value.primitiveValue());
        }
        return value.fhirType();
    }

    private static String text(String text) {
        if (text == null) {
            return "";
        }
        String masked = PERSON_NUMBER_LIKE.matcher(text).replaceAll("(masked)");
        return masked.length() <= MAX_TEXT ? masked : masked.substring(0, MAX_TEXT) + "…";
    }
}
