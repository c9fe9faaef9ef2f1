package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.KithExtensions;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code Event} (the stay or contact the epikrise reports) to an Encounter and a section that has it as focus:
 * ReportedEvent → period and status finished (a PlannedEvent, "not in use yet" in the XSD, is not kept), Service/AdmCat
 * (8240) → type and class, ServId → serviceType, AdmOutcome (7300) → hospitalization.dischargeDisposition, Priority →
 * priority, nested Events → Encounters partOf this one; InfItems, Comments and CodedComments → sub-sections.
 */
final class EventReader {

    private EventReader() {
    }

    static SectionComponent read(Element event, Reference parent, EpikriseContext context)
            throws MessageRejectedException {
        Encounter encounter = new Encounter().setSubject(context.patient()).setPartOf(parent == null ? null : parent.copy());
        encounter.setStatus(Encounter.EncounterStatus.UNKNOWN);
        Element reported = context.child(event, "ReportedEvent");
        Element planned = context.child(event, "PlannedEvent");
        if (reported != null) {
            encounter.setStatus(Encounter.EncounterStatus.FINISHED);
            encounter.setPeriod(new Period().setStartElement(context.ts(context.required(reported, "StartDateTime")))
                    .setEndElement(context.ts(reported, "EndDateTime")));
        } else if (planned != null) {
            encounter.setStatus(Encounter.EncounterStatus.PLANNED);
            context.read().notKept(planned, "Event/PlannedEvent (not in use in Epikrise 1.2)");
        }
        Coding servType = context.cs(event, "ServType", EpikriseCodes.SERV_TYPE);
        if (servType != null) {
            encounter.addExtension(EpikriseExtensions.SERV_TYPE, servType);
        }
        Coding recipient = context.cs(event, "Recipient", null);
        if (recipient != null) {
            encounter.addExtension(EpikriseExtensions.RECIPIENT, recipient);
        }
        Coding priority = context.cs(event, "Priority", null);
        if (priority != null) {
            encounter.setPriority(new CodeableConcept(priority));
        }
        Coding outcome = context.cs(event, "AdmOutcome", EpikriseCodes.ADM_OUTCOME);
        if (outcome != null) {
            encounter.getHospitalization().setDischargeDisposition(new CodeableConcept(outcome));
        }
        Quantity duration = Quantities.read(event, "ExpDuration", context);
        if (duration != null) {
            encounter.addExtension(EpikriseExtensions.EXPECTED_DURATION, duration);
        }
        context.version().dropped(event, context.read(), "Id");
        service(event, encounter, context);
        Participants.readAll(event, Participants.Kind.REL_SERV_PROVIDER, encounter, context);
        for (Element request : context.all(event, "AssRequest")) {
            Extension extension = encounter.addExtension().setUrl(EpikriseExtensions.ASS_REQUEST);
            if (context.ts(request, "IssueDate") != null) {
                extension.addExtension("issueDate", context.ts(request, "IssueDate"));
            }
            context.required(request, "MsgType");
            extension.addExtension("msgType", context.cs(request, "MsgType", null));
            String id = context.text(request, "Id");
            if (id != null) {
                extension.addExtension("id", new StringType(id));
            }
        }
        for (Element location : context.all(event, "EventLocation")) {
            context.read().notKept(location, "Event/EventLocation");
        }
        Reference reference = context.add(encounter);
        SectionComponent section = Sections.of(Sections.Kind.EVENT,
                encounter.hasType() ? encounter.getTypeFirstRep().getCodingFirstRep().getDisplay() : null);
        section.setFocus(reference.copy());
        for (Element nested : context.all(event, "Event")) {
            section.addSection(read(nested, reference, context));
        }
        for (Element infItem : context.all(event, "InfItem")) {
            SectionComponent item = InfItemReader.read(infItem, encounter, reference, context);
            if (item != null) {
                section.addSection(item);
            }
        }
        for (Element comment : context.all(event, "Comment")) {
            section.addSection(CommentMapping.read(comment, reference, context));
        }
        for (Element coded : context.all(event, "CodedComment")) {
            section.addSection(CommentMapping.readCoded(coded, context));
        }
        if (!section.hasSection()) {
            section.addEntry(reference.copy());
        }
        return section;
    }

    private static void service(Element event, Encounter encounter, EpikriseContext context)
            throws MessageRejectedException {
        Element service = context.child(event, "Service");
        if (service == null) {
            if (context.child(event, "ServType") != null) {
                throw context.read().invalid(event, "Event has no Service");
            }
            encounter.setClass_(EpikriseCodes.encounterClass(null));
            return;
        }
        CodeableConcept servId = context.cv(service, "ServId");
        if (servId != null) {
            encounter.setServiceType(servId);
        }
        CodeableConcept specialty = context.cv(service, "MedSpecialty");
        if (specialty != null) {
            encounter.addExtension(KithExtensions.MED_SPECIALTY, specialty);
        }
        Coding admCat = context.cs(service, "AdmCat", EpikriseCodes.ADM_CAT);
        if (admCat != null) {
            encounter.addType(new CodeableConcept(admCat));
        }
        encounter.setClass_(EpikriseCodes.encounterClass(admCat));
    }
}
