package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/**
 * {@code InfItem/Medication} (an entry of the medication list) to a MedicationStatement: DrugId (ATC, 7180) →
 * medicationCodeableConcept, Status (7307) → status (+ the code), DosageText → dosage.text, RouteOfAdm →
 * dosage.route, UnitDose → dosage.doseAndRate.doseQuantity, Comment → note; DosageCoded, Form, IntendedDuration and
 * QuantitySupplied → extensions.
 */
final class MedicationMapping {

    private MedicationMapping() {
    }

    static MedicationStatement read(Element element, Reference encounter, EpikriseContext context)
            throws MessageRejectedException {
        MedicationStatement statement = new MedicationStatement().setSubject(context.patient())
                .setContext(encounter.copy());
        context.required(element, "DrugId");
        statement.setMedication(context.cv(element, "DrugId"));
        add(statement, EpikriseExtensions.DOSAGE_CODED, context.cv(element, "DosageCoded"));
        String comment = context.text(element, "Comment");
        if (comment != null) {
            statement.addNote().setText(comment);
        }
        context.required(element, "Status");
        Coding status = context.cs(element, "Status", EpikriseCodes.MEDICATION_STATUS);
        statement.addExtension(EpikriseExtensions.MEDICATION_STATUS, status);
        statement.setStatus(EpikriseCodes.medicationStatus(status.getCode()));
        add(statement, EpikriseExtensions.FORM, context.cv(element, "Form"));
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

    static void write(EpikriseOut out, MedicationStatement statement) {
        Dosage dosage = statement.getDosageFirstRep();
        out.start("Medication");
        out.cv("DrugId", statement.hasMedicationCodeableConcept() ? statement.getMedicationCodeableConcept() : null);
        out.cv("DosageCoded", ExtensionValues.concept(statement, EpikriseExtensions.DOSAGE_CODED));
        out.text("Comment", statement.hasNote() ? statement.getNoteFirstRep().getText() : null);
        out.cs("Status", ExtensionValues.coding(statement, EpikriseExtensions.MEDICATION_STATUS, status(statement)));
        out.cv("Form", ExtensionValues.concept(statement, EpikriseExtensions.FORM));
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
