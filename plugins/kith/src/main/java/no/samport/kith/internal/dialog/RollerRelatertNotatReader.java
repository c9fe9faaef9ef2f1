package no.samport.kith.internal.dialog;

import static no.samport.kith.KithExtensions.ACTOR;
import static no.samport.kith.KithExtensions.KONTAKTENHET;
import static no.samport.kith.KithExtensions.MERKNAD;
import static no.samport.kith.KithExtensions.ROLE_TO_PATIENT;
import static no.samport.kith.KithExtensions.ROLLE_NOTAT;
import static no.samport.kith.KithExtensions.TILKNYTTET_ENHET;

import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.HealthcareProfessionalConverter;
import no.samport.kith.internal.common.OrganisationConverter;
import no.samport.kith.internal.common.PersonConverter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code RollerRelatertNotat = RolleNotat?, RoleToPatient?, TilknyttetEnhet? (1.1), HealthcareProfessional | Person
 * (1.0 required, 1.1 optional)} to the complex extension {@link KithExtensions#ROLLER_RELATERT_NOTAT} on the
 * Communication. A HealthcareProfessional becomes a PractitionerRole + Practitioner, a Person a RelatedPerson of the
 * patient, the TilknyttetEnhet's {@code Kontaktenhet} (an fk1 Organisation) Organization resources.
 */
final class RollerRelatertNotatReader {

    private RollerRelatertNotatReader() {
    }

    static void readAll(Element parent, Communication communication, DialogContext dialog)
            throws MessageRejectedException {
        for (Element roller : dialog.read().all(parent, dialog.ns(), "RollerRelatertNotat")) {
            communication.addExtension(read(roller, dialog));
        }
    }

    private static Extension read(Element roller, DialogContext dialog) throws MessageRejectedException {
        String ns = dialog.ns();
        ReadContext context = dialog.read();
        Extension extension = new Extension(KithExtensions.ROLLER_RELATERT_NOTAT);
        Element rolleNotat = context.child(roller, ns, "RolleNotat");
        CodedValue rolle = CodedValue.cv(rolleNotat, context);
        if (rolle != null && DialogCodeLists.ROLLE_NOTAT.oid().equals(rolle.s())) {
            DialogCodeLists.checkValue(rolleNotat, rolle, DialogCodeLists.ROLLE_NOTAT, context);
        }
        addConcept(extension, ROLLE_NOTAT, rolle);
        addConcept(extension, ROLE_TO_PATIENT, CodedValue.cv(context.child(roller, ns, "RoleToPatient"), context));
        Element tilknyttetEnhet = dialog.version().isV1_1() ? context.child(roller, ns, "TilknyttetEnhet") : null;
        if (tilknyttetEnhet != null) {
            extension.addExtension(tilknyttetEnhet(tilknyttetEnhet, dialog));
        }
        Reference actor = actor(roller, null, dialog);
        if (actor != null) {
            extension.addExtension(ACTOR, actor);
        } else if (!dialog.version().isV1_1()) {
            throw context.invalid(roller, "RollerRelatertNotat has neither HealthcareProfessional nor Person");
        }
        return extension;
    }

    private static Extension tilknyttetEnhet(Element element, DialogContext dialog) throws MessageRejectedException {
        ReadContext context = dialog.read();
        Extension extension = new Extension(TILKNYTTET_ENHET);
        Reference unit = OrganisationConverter.read(context.required(element, dialog.ns(), "Kontaktenhet"),
                OrganisationConverter.Layout.FK1, dialog.bundle(), context);
        extension.addExtension(KONTAKTENHET, unit);
        String merknad = context.text(element, dialog.ns(), "Merknad");
        if (merknad != null) {
            extension.addExtension(MERKNAD, new StringType(merknad));
        }
        Reference actor = actor(element, unit, dialog);
        if (actor != null) {
            extension.addExtension(ACTOR, actor);
        }
        return extension;
    }

    private static Reference actor(Element parent, Reference organization, DialogContext dialog)
            throws MessageRejectedException {
        ReadContext context = dialog.read();
        Element professional = context.child(parent, dialog.ns(), "HealthcareProfessional");
        if (professional != null) {
            return HealthcareProfessionalConverter.read(professional, dialog.version().professionalLayout(),
                    organization, dialog.bundle(), false, context);
        }
        Element person = context.child(parent, dialog.ns(), "Person");
        if (person == null) {
            return null;
        }
        RelatedPerson relatedPerson = new RelatedPerson().setPatient(dialog.patient());
        PersonConverter.read(person, dialog.version().personLayout(), relatedPerson, context);
        return Bundles.add(dialog.bundle(), relatedPerson);
    }

    private static void addConcept(Extension extension, String url, CodedValue value) {
        if (value != null) {
            extension.addExtension(url, value.toConcept());
        }
    }
}
