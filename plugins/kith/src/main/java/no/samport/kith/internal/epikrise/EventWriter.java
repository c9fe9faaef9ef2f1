package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;

/** Writes an Event section back as {@code Event}, its Encounter's fields in schema order, then its sub-sections. */
final class EventWriter {

    private EventWriter() {
    }

    static void write(EpikriseOut out, SectionComponent section) throws MessageRejectedException {
        Resource focus = out.resolve(section.getFocus());
        if (!(focus instanceof Encounter encounter)) {
            throw new MessageRejectedException(AppRecError.T99,
                    "Cannot write an Event: its section's focus is not an Encounter in the document");
        }
        out.start("Event");
        boolean hasSequence = encounter.hasPeriod() || encounter.hasExtension(EpikriseExtensions.SERV_TYPE)
                || encounter.hasType();
        if (hasSequence) {
            if (encounter.getPeriod().hasStart()) {
                out.start("ReportedEvent").ts("StartDateTime", encounter.getPeriod().getStartElement())
                        .ts("EndDateTime", encounter.getPeriod().getEndElement()).end();
            } else if (encounter.getStatus() == Encounter.EncounterStatus.PLANNED) {
                out.xml().startEmpty(out.ns(), "PlannedEvent").end();
            } else {
                throw new MessageRejectedException(AppRecError.T99, "Cannot write an Event: its Encounter has no "
                        + "period.start (ReportedEvent/StartDateTime) and is not planned");
            }
            out.cs("ServType", ExtensionValues.coding(encounter, EpikriseExtensions.SERV_TYPE,
                    new Coding(EpikriseCodes.SERV_TYPE, "N", "Ny")));
            out.cs("Recipient", ExtensionValues.value(encounter, EpikriseExtensions.RECIPIENT));
            out.cs("Priority", encounter.hasPriority() ? encounter.getPriority().getCodingFirstRep() : null);
            out.cs("AdmOutcome", encounter.getHospitalization().hasDischargeDisposition()
                    ? encounter.getHospitalization().getDischargeDisposition().getCodingFirstRep() : null);
            Quantities.write(out, "ExpDuration", ExtensionValues.value(encounter, EpikriseExtensions.EXPECTED_DURATION));
            for (SectionComponent nested : Sections.ofKind(section.getSection(), Sections.Kind.EVENT)) {
                write(out, nested);
            }
            out.start("Service").cv("ServId", encounter.hasServiceType() ? encounter.getServiceType() : null)
                    .cv("MedSpecialty", ExtensionValues.concept(encounter, KithExtensions.MED_SPECIALTY))
                    .cs("AdmCat", encounter.hasType() ? encounter.getTypeFirstRep().getCodingFirstRep() : null).end();
            Participants.writeAll(out, encounter, Participants.Kind.REL_SERV_PROVIDER);
            for (Extension request : encounter.getExtensionsByUrl(EpikriseExtensions.ASS_REQUEST)) {
                out.start("AssRequest").ts("IssueDate", ExtensionValues.value(request, "issueDate"))
                        .cs("MsgType", ExtensionValues.value(request, "msgType"))
                        .text("Id", ExtensionValues.string(request, "id")).end();
            }
            for (SectionComponent item : Sections.ofKind(section.getSection(), Sections.Kind.INF_ITEM)) {
                InfItemWriter.write(out, item);
            }
            for (SectionComponent comment : Sections.ofKind(section.getSection(), Sections.Kind.COMMENT)) {
                CommentMapping.write(out, comment);
            }
            for (SectionComponent coded : Sections.ofKind(section.getSection(), Sections.Kind.CODED_COMMENT)) {
                CommentMapping.writeCoded(out, coded);
            }
        }
        out.end();
    }
}
