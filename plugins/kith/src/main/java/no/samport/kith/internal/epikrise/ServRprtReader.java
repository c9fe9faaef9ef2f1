package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.plugin.api.MessageRejectedException;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.w3c.dom.Element;

/** {@code ServRprt} onto the Composition; the patient is read first so every resource can name it. */
final class ServRprtReader {

    private ServRprtReader() {
    }

    static void read(Element servRprt, Composition composition, EpikriseContext context) throws MessageRejectedException {
        Patient patient = EpikrisePatientReader.read(context.required(servRprt, "Patient"), context);
        Reference patientRef = context.add(patient);
        context.patient(patientRef);
        EpikrisePatientReader.linkGeneralPractitioner(patient);
        composition.setSubject(patientRef.copy());

        context.required(servRprt, "ServType");
        composition.addExtension(EpikriseExtensions.SERV_TYPE, context.cs(servRprt, "ServType", EpikriseCodes.SERV_TYPE));
        composition.setDateElement(context.ts(context.required(servRprt, "IssueDate")));
        DateTimeType approved = context.ts(servRprt, "ApprDate");
        if (approved != null) {
            composition.addAttester().setMode(Composition.CompositionAttestationMode.LEGAL).setTimeElement(approved);
        }
        context.required(servRprt, "Status");
        Coding status = context.cs(servRprt, "Status", EpikriseCodes.REPORT_STATUS);
        composition.addExtension(EpikriseExtensions.REPORT_STATUS, status);
        composition.setStatus(EpikriseCodes.compositionStatus(status.getCode()));
        addCoding(composition, EpikriseExtensions.PRIORITY, context.cs(servRprt, "Priority", null));
        addCoding(composition, EpikriseExtensions.ACK, context.cs(servRprt, "Ack", null));
        composition.setTitle(context.read().requiredText(servRprt, context.ns(), "MsgDescr"));
        String servProvId = context.text(servRprt, "ServProvId");
        if (servProvId != null) {
            composition.setIdentifier(new Identifier().setSystem(EpikriseExtensions.SERV_PROV_ID).setValue(servProvId));
        }

        Extension provider = Participants.read(context.required(servRprt, "ServProvider"),
                Participants.Kind.SERV_PROVIDER, context);
        composition.addExtension(provider);
        Reference party = Participants.party(provider);
        composition.addAuthor(party.copy());
        if (context.resolve(party) instanceof Organization) {
            composition.setCustodian(party.copy());
        }
        Participants.readAll(servRprt, Participants.Kind.COPY_DEST, composition, context);
        composition.addExtension(Participants.read(context.required(servRprt, "Requester"),
                Participants.Kind.REQUESTER, context));
        Participants.readAll(servRprt, Participants.Kind.REL_SERV_PROVIDER, composition, context);

        SectionComponent referrals = Sections.of(Sections.Kind.SERV_REQ, "Henvisning");
        for (Element request : context.all(servRprt, "ServReq")) {
            referrals.addEntry(context.add(ServReqMapping.read(request, context)));
        }
        if (referrals.hasEntry()) {
            composition.addSection(referrals);
        }
        for (Element event : context.all(servRprt, "Event")) {
            SectionComponent section = EventReader.read(event, null, context);
            composition.addSection(section);
            Encounter encounter = (Encounter) context.resolve(section.getFocus());
            referrals.getEntry().forEach(request -> encounter.addBasedOn(request.copy()));
            if (!composition.hasEncounter()) {
                composition.setEncounter(section.getFocus().copy());
            }
        }
        for (Element refDoc : context.all(servRprt, "RefDoc")) {
            context.read().notKept(refDoc, "ServRprt/RefDoc (a document reference inside the epikrise)");
        }
    }

    private static void addCoding(Composition composition, String url, Coding coding) {
        if (coding != null) {
            composition.addExtension(url, coding);
        }
    }
}
