package no.samport.kith.internal.common;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DomainResource;

/**
 * Reads a named FHIR property of any resource type that has it (name, address, telecom … on Patient, Practitioner,
 * RelatedPerson, Person, Organization), so person and party converters work on all of them.
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    /** The first value of the property with this type, or null. */
    public static <T extends Base> T first(DomainResource resource, String property, Class<T> type) {
        List<T> values = all(resource, property, type);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The values of the property with this type (a primitive is read as a CodeType when asked for one). */
    public static <T extends Base> List<T> all(DomainResource resource, String property, Class<T> type) {
        List<T> values = new ArrayList<>();
        for (Base value : resource.getNamedProperty(property).getValues()) {
            if (type.isInstance(value)) {
                values.add(type.cast(value));
            } else if (type == CodeType.class && value != null && value.isPrimitive()) {
                values.add(type.cast(new CodeType(value.primitiveValue())));
            }
        }
        return values;
    }
}
