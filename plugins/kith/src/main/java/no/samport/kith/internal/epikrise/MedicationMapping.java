package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/**
 * {@code InfItem/Medication} (an entry of the medication list) to a MedicationStatement that references a Medication
 * (as no-basis-MedicationStatement requires): DrugId (ATC, 7180) → Medication.code, also as a WHO ATC coding without
 * the spaces KITH writes, Form → Medication.form; Status (7307) → status (+ the code; 4 also as the canonical change
 * "seponert"), DosageText → dosage.text,
 * RouteOfAdm → dosage.route, UnitDose → dosage.doseAndRate.doseQuantity, Comment → note; DosageCoded,
 * IntendedDuration and QuantitySupplied → extensions.
 */
final class MedicationMapping {

    private static final String ATC_LIST = "urn:oid:2.16.578.1.12.4.1.1.7180";
    private static final String WHO_ATC = "http://www.whocc.no/atc";

    private MedicationMapping() {
    }

    static MedicationStatement read(Element element, Reference encounter, EpikriseContext context)
            throws MessageRejectedException {
        MedicationStatement statement = new MedicationStatement().setSubject(context.patient())
                .setContext(encounter.copy());
        context.required(element, "DrugId");
        Medication medication = new Medication().setCode(drug(context.cv(element, "DrugId")));
        add(statement, EpikriseExtensions.DOSAGE_CODED, context.cv(element, "DosageCoded"));
        String comment = context.text(element, "Comment");
        if (comment != null) {
            statement.addNote().setText(comment);
        }
        context.required(element, "Status");
        Coding status = context.cs(element, "Status", EpikriseCodes.MEDICATION_STATUS);
        statement.addExtension(EpikriseExtensions.MEDICATION_STATUS, status);
        statement.setStatus(EpikriseCodes.medicationStatus(status.getCode()));
        Extension change = CanonicalConcepts.medicationChange(status);
        if (change != null) {
            statement.addExtension(change);
        }
        medication.setForm(context.cv(element, "Form"));
        statement.setMedication(context.add(medication));
        Dosage dosage = new Dosage();
        dosage.setRoute(context.cv(element, "RouteOfAdm"));
        add(statement, EpikriseExtensions.INTENDED_DURATION, Quantities.read(element, "IntendedDuration", context));
        add(statement, EpikriseExtensions.QUANTITY_SUPPLIED, Quantities.read(element, "QuantitySupplied", context));
        Quantity unitDose = Quantities.read(element, "UnitDose", context);
        if (unitDose != null) {
            dosage.addDoseAndRate().setDose(unitDose);
        }
        dosage.setText(context.text(element, "DosageText"));
        if (!dosage.isEmpty()) {
            statement.addDosage(dosage);
        }
        return statement;
    }

    /** A DrugId from the ATC list (7180) also gets the WHO ATC coding FHIR uses, without KITH's spaces. */
    private static CodeableConcept drug(CodeableConcept drugId) {
        Coding coding = drugId.getCodingFirstRep();
        if (ATC_LIST.equals(coding.getSystem()) && coding.hasCode()) {
            drugId.addCoding(new Coding(WHO_ATC, coding.getCode().replace(" ", ""), coding.getDisplay()));
        }
        return drugId;
    }

    static void write(EpikriseOut out, MedicationStatement statement) {
        Dosage dosage = statement.getDosageFirstRep();
        Medication medication = statement.hasMedicationReference()
                && out.resolve(statement.getMedicationReference()) instanceof Medication found ? found : new Medication();
        out.start("Medication");
        out.cv("DrugId", statement.hasMedicationCodeableConcept() ? statement.getMedicationCodeableConcept()
                : medication.hasCode() ? medication.getCode() : null);
        out.cv("DosageCoded", ExtensionValues.concept(statement, EpikriseExtensions.DOSAGE_CODED));
        out.text("Comment", statement.hasNote() ? statement.getNoteFirstRep().getText() : null);
        out.cs("Status", ExtensionValues.coding(statement, EpikriseExtensions.MEDICATION_STATUS, status(statement)));
        out.cv("Form", medication.hasForm() ? medication.getForm() : null);
        out.cv("RouteOfAdm", dosage.hasRoute() ? dosage.getRoute() : null);
        Quantities.write(out, "IntendedDuration", ExtensionValues.value(statement, EpikriseExtensions.INTENDED_DURATION));
        Quantities.write(out, "QuantitySupplied", ExtensionValues.value(statement, EpikriseExtensions.QUANTITY_SUPPLIED));
        Quantities.write(out, "UnitDose", dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()
                ? dosage.getDoseAndRateFirstRep().getDoseQuantity() : null);
        out.text("DosageText", dosage.getText());
        out.end();
    }

    /** A 7307 code for a statement built without one: 6 (regelmessig) for active, 4 for stopped, 1 for completed. */
    private static Coding status(MedicationStatement statement) {
        String code = switch (statement.getStatus() == null ? MedicationStatement.MedicationStatementStatus.ACTIVE
                : statement.getStatus()) {
            case STOPPED -> "4";
            case COMPLETED -> "1";
            case INTENDED -> "2";
            default -> "6";
        };
        return new Coding(EpikriseCodes.MEDICATION_STATUS, code, null);
    }

    private static void add(MedicationStatement statement, String url, Type value) {
        if (value != null && !(value instanceof CodeableConcept concept && concept.isEmpty())) {
            statement.addExtension(url, value);
        }
    }
}
