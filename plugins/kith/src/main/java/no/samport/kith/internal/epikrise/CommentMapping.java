package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.w3c.dom.Element;

/**
 * {@code Comment} (a text part of an Event: årsak, forløp, vurdering, plan …) to a section: Heading (8311) → code (and
 * the canonical section it states: FO sammendrag, ME legemidler, OP plan) and title, TextResultValue → text, TextCode → extensions. The plan for follow-up ({@code OP}) also becomes a Task for
 * the patient's GP (derived: it is not written back, the section's text is). {@code CodedComment} → a section whose
 * code is the concept.
 */
final class CommentMapping {

    /** 8311 OP: Planer for videre oppfølging. */
    static final String FOLLOW_UP = "OP";

    private CommentMapping() {
    }

    static SectionComponent read(Element comment, Reference encounter, EpikriseContext context)
            throws MessageRejectedException {
        Coding heading = context.cs(comment, "Heading", EpikriseCodes.HEADING);
        SectionComponent section = Sections.of(Sections.Kind.COMMENT, heading == null ? null : heading.getDisplay());
        if (heading != null) {
            section.setCode(new CodeableConcept(heading));
            Coding concept = CanonicalConcepts.section(heading);
            if (concept != null) {
                section.getCode().addCoding(concept);
            }
        }
        Narrative text = XhtmlContent.read(context.child(comment, "TextResultValue"), context.read());
        section.setText(text);
        for (Element code : context.all(comment, "TextCode")) {
            section.addExtension(EpikriseExtensions.TEXT_CODE, CodedValue.cv(code, context.read()).toConcept());
        }
        if (heading != null && FOLLOW_UP.equals(heading.getCode()) && text != null) {
            section.addEntry(context.add(followUp(heading, text, encounter, context)));
        }
        if (!section.hasText() && !section.hasEntry()) {
            section.setText(generated(heading == null ? "Kommentar" : heading.getDisplay()));
        }
        return section;
    }

    private static Task followUp(Coding heading, Narrative text, Reference encounter, EpikriseContext context) {
        Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.PLAN);
        task.setCode(new CodeableConcept(heading.copy()));
        task.setDescription(XhtmlContent.plainText(text));
        task.setFor(context.patient());
        task.setEncounter(encounter.copy());
        context.document().getEntry().stream().map(e -> e.getResource()).filter(Patient.class::isInstance)
                .map(Patient.class::cast).filter(Patient::hasGeneralPractitioner).findFirst()
                .ifPresent(patient -> task.setOwner(patient.getGeneralPractitionerFirstRep().copy()));
        return task;
    }

    static SectionComponent readCoded(Element codedComment, EpikriseContext context) throws MessageRejectedException {
        CodeableConcept concept = CodedDescriptions.read(codedComment, context);
        Coding coding = concept.getCodingFirstRep();
        SectionComponent section = Sections.of(Sections.Kind.CODED_COMMENT, coding.getDisplay());
        section.setCode(concept);
        section.setText(generated(coding.hasDisplay() ? coding.getDisplay() + " (" + coding.getCode() + ")"
                : coding.getCode()));
        return section;
    }

    static void write(EpikriseOut out, SectionComponent section) {
        out.start("Comment");
        out.cs("Heading", section.hasCode() ? section.getCode().getCodingFirstRep() : null);
        if (!isGenerated(section.getText())) {
            XhtmlContent.write(out.xml(), out.ns(), "TextResultValue", section.hasText() ? section.getText() : null);
        }
        for (Extension code : section.getExtensionsByUrl(EpikriseExtensions.TEXT_CODE)) {
            out.cv("TextCode", (CodeableConcept) code.getValue());
        }
        out.end();
    }

    static void writeCoded(EpikriseOut out, SectionComponent section) {
        CodedDescriptions.write(out, "CodedComment", section.getCode());
    }

    private static Narrative generated(String text) {
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDiv(XhtmlNodes.textDiv(text));
        return narrative;
    }

    private static boolean isGenerated(Narrative narrative) {
        return narrative != null && narrative.getStatus() == Narrative.NarrativeStatus.GENERATED;
    }
}
