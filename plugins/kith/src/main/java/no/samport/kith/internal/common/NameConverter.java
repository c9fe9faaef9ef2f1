package no.samport.kith.internal.common;

import no.samport.kith.internal.xml.KithXmlWriter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code FamilyName}, {@code MiddleName}, {@code GivenName} to and from {@code HumanName}: family, the first given
 * name, and the middle name in the HL7 Norway no-basis middlename extension. A name that has only text (as
 * {@code PartyResources} writes it) is split: the last word is the family name.
 */
public final class NameConverter {

    /** HL7 Norway no-basis extension for a middle name on HumanName. */
    public static final String MIDDLE_NAME = "http://hl7.no/fhir/StructureDefinition/no-basis-middlename";

    private NameConverter() {
    }

    /** A HumanName, or null when all parts are null. */
    public static HumanName read(String family, String middle, String given) {
        if (family == null && middle == null && given == null) {
            return null;
        }
        HumanName name = new HumanName().setFamily(family);
        if (given != null) {
            name.addGiven(given);
        }
        if (middle != null) {
            name.addExtension(MIDDLE_NAME, new StringType(middle));
        }
        return name;
    }

    /** Writes the name parts in KITH order ({@code dia:Person} puts GivenName first). */
    public static void write(KithXmlWriter out, HumanName name, String ns, boolean givenNameFirst) {
        if (name == null) {
            return;
        }
        String family = name.getFamily();
        String given = name.hasGiven() ? name.getGiven().get(0).getValue() : null;
        String middle = ExtensionValues.string(name, MIDDLE_NAME);
        if (family == null && given == null && name.hasText()) {
            String text = name.getText().strip();
            int split = text.lastIndexOf(' ');
            family = split < 0 ? text : text.substring(split + 1);
            given = split < 0 ? null : text.substring(0, split);
        }
        if (givenNameFirst) {
            out.text(ns, "GivenName", given).text(ns, "MiddleName", middle).text(ns, "FamilyName", family);
        } else {
            out.text(ns, "FamilyName", family).text(ns, "MiddleName", middle).text(ns, "GivenName", given);
        }
    }
}
