package no.samport.kith.internal.epikrise;

import java.util.ArrayList;
import java.util.List;
import no.samport.kith.EpikriseExtensions;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.w3c.dom.Element;

/**
 * {@code InfItem} (a clinical statement of an Event) to a resource and the section that lists it (code = Type, 8233,
 * and the canonical section it states: H, B diagnoser; MEDB legemidler):
 * a Medication → MedicationStatement; an Observation of type H (hoveddiagnose) or B (bidiagnose) → Condition (also
 * in Encounter.diagnosis, H ranked 1); of type CAVE → AllergyIntolerance (clinicalStatus active); any other type →
 * Observation (code = the type, value = CodedDescr). Description is the resource's narrative, Comment a note. A
 * ResultItem (structured lab result) is not kept.
 */
final class InfItemReader {

    private static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    private static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";

    private InfItemReader() {
    }

    /** The section for the InfItem, or null when it is not kept. */
    static SectionComponent read(Element infItem, Encounter encounter, Reference encounterRef, EpikriseContext context)
            throws MessageRejectedException {
        context.required(infItem, "Type");
        Coding type = context.cs(infItem, "Type", EpikriseCodes.INF_ITEM_TYPE);
        Element medication = context.child(infItem, "Medication");
        Element observation = context.child(infItem, "Observation");
        DomainResource resource;
        if (medication != null) {
            resource = MedicationMapping.read(medication, encounterRef, context);
        } else if (observation != null) {
            resource = observation(observation, type, encounterRef, context);
        } else {
            Element result = context.required(infItem, "ResultItem");
            context.read().notKept(result, "InfItem/ResultItem (a structured result)");
            return null;
        }
        DateTimeType start = context.ts(infItem, "StartDateTime");
        DateTimeType end = context.ts(infItem, "EndDateTime");
        Extension dates = new Extension(EpikriseExtensions.INF_ITEM_DATES);
        add(dates, "start", start);
        add(dates, "end", end);
        add(dates, "orgDate", context.ts(infItem, "OrgDate"));
        if (dates.hasExtension()) {
            resource.addExtension(dates);
            echoDates(resource, start, end);
        }
        Element origin = context.child(infItem, "Origin");
        if (origin != null) {
            resource.addExtension(Participants.read(origin, Participants.Kind.ORIGIN, context));
        }
        Participants.readAll(infItem, Participants.Kind.REL_HC_PROVIDER, resource, context);
        Reference reference = context.add(resource);
        if (resource instanceof Condition) {
            encounter.addDiagnosis().setCondition(reference.copy()).setRank("H".equals(type.getCode()) ? 1 : 2);
        }
        SectionComponent section = Sections.of(Sections.Kind.INF_ITEM, type.getDisplay());
        section.setCode(concept(type));
        section.addEntry(reference);
        return section;
    }

    private static DomainResource observation(Element element, Coding type, Reference encounterRef,
                                              EpikriseContext context) throws MessageRejectedException {
        Element codedElement = context.child(element, "CodedDescr");
        CodeableConcept coded = codedElement == null ? null : CodedDescriptions.read(codedElement, context);
        String comment = context.text(element, "Comment");
        DomainResource resource;
        String code = type.getCode();
        if ("H".equals(code) || "B".equals(code)) {
            Condition condition = new Condition().setSubject(context.patient()).setEncounter(encounterRef.copy());
            condition.addCategory().addCoding(new Coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
            condition.setCode(coded);
            condition.setNote(notes(comment));
            resource = condition;
        } else if ("CAVE".equals(code)) {
            AllergyIntolerance allergy = new AllergyIntolerance().setPatient(context.patient())
                    .setEncounter(encounterRef.copy());
            allergy.setClinicalStatus(new CodeableConcept(new Coding(ALLERGY_CLINICAL, "active", "Active")));
            allergy.setCode(coded);
            allergy.setNote(notes(comment));
            resource = allergy;
        } else {
            Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                    .setCode(new CodeableConcept(type.copy())).setSubject(context.patient())
                    .setEncounter(encounterRef.copy());
            observation.setValue(coded);
            observation.setNote(notes(comment));
            resource = observation;
        }
        resource.setText(XhtmlContent.read(context.child(element, "Description"), context.read()));
        return resource;
    }

    /** Start and end also where FHIR has a place for them (the extension is what is written back). */
    private static void echoDates(DomainResource resource, DateTimeType start, DateTimeType end) {
        if (resource instanceof Condition condition) {
            condition.setOnset(start == null ? null : start.copy());
            condition.setAbatement(end == null ? null : end.copy());
        } else if (resource instanceof Observation observation) {
            observation.setEffective(period(start, end));
        } else if (resource instanceof MedicationStatement statement) {
            statement.setEffective(period(start, end));
        } else if (resource instanceof AllergyIntolerance allergy) {
            allergy.setOnset(start == null ? null : start.copy());
        }
    }

    private static Period period(DateTimeType start, DateTimeType end) {
        return new Period().setStartElement(start == null ? null : start.copy()).setEndElement(end == null ? null : end.copy());
    }

    /** The type (8233), then the canonical section concept it states, if any. */
    private static CodeableConcept concept(Coding type) {
        CodeableConcept code = new CodeableConcept(type);
        Coding concept = CanonicalConcepts.section(type);
        if (concept != null) {
            code.addCoding(concept);
        }
        return code;
    }

    private static List<Annotation> notes(String comment) {
        List<Annotation> notes = new ArrayList<>();
        if (comment != null) {
            notes.add(new Annotation().setText(comment));
        }
        return notes;
    }

    private static void add(Extension holder, String url, Type value) {
        if (value != null) {
            holder.addExtension(url, value);
        }
    }
}
