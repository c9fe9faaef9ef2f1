package no.samport.kith.internal.epikrise;

import java.util.List;
import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;

/** Writes an InfItem section back as {@code InfItem}: the statement, Type, dates, Origin, RelHCProvider*. */
final class InfItemWriter {

    private InfItemWriter() {
    }

    static void write(EpikriseOut out, SectionComponent section) throws MessageRejectedException {
        Resource resource = section.hasEntry() ? out.resolve(section.getEntryFirstRep()) : null;
        if (!(resource instanceof DomainResource statement)) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write an InfItem: its section names no resource in the document");
        }
        out.start("InfItem");
        if (statement instanceof MedicationStatement medication) {
            MedicationMapping.write(out, medication);
        } else {
            observation(out, statement);
        }
        out.cs("Type", section.getCode().getCodingFirstRep());
        Extension dates = statement.getExtensionByUrl(EpikriseExtensions.INF_ITEM_DATES);
        if (dates != null) {
            out.ts("StartDateTime", ExtensionValues.value(dates, "start"))
                    .ts("EndDateTime", ExtensionValues.value(dates, "end"))
                    .ts("OrgDate", ExtensionValues.value(dates, "orgDate"));
        }
        for (Extension origin : Participants.of(statement, Participants.Kind.ORIGIN)) {
            Participants.write(out, origin, Participants.Kind.ORIGIN);
        }
        Participants.writeAll(out, statement, Participants.Kind.REL_HC_PROVIDER);
        out.end();
    }

    private static void observation(EpikriseOut out, DomainResource statement) {
        CodeableConcept coded;
        List<Annotation> notes;
        if (statement instanceof Condition condition) {
            coded = condition.hasCode() ? condition.getCode() : null;
            notes = condition.getNote();
        } else if (statement instanceof AllergyIntolerance allergy) {
            coded = allergy.hasCode() ? allergy.getCode() : null;
            notes = allergy.getNote();
        } else {
            Observation observation = (Observation) statement;
            coded = observation.hasValueCodeableConcept() ? observation.getValueCodeableConcept() : null;
            notes = observation.getNote();
        }
        out.start("Observation");
        Narrative description = statement.hasText() ? statement.getText() : null;
        XhtmlContent.write(out.xml(), out.ns(), "Description", description);
        out.text("Comment", notes.isEmpty() ? null : notes.get(0).getText());
        CodedDescriptions.write(out, "CodedDescr", coded);
        out.end();
    }
}
