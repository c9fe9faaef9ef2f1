package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.CodedValue;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.Genders;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.hcp.HcpAddressConverter;
import no.samport.kith.internal.xml.Dom;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Systems;
import no.samport.plugin.api.ident.Fodselsnummer;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.ContactComponent;
import org.hl7.fhir.r4.model.StringType;
import org.w3c.dom.Element;

/**
 * {@code ServRprt/Patient} to the document's Patient: Sex → gender, DateOfBirth, DateOfDeath, Name (text; "Family,
 * Given" also split), OffId + TypeOffId → the official identifier (fødselsnummer/D-nummer checked: E31),
 * IdByServProvider/IdByRequester and AdditionalId → further identifiers, PatientPrecaution → extensions,
 * PatientRelParty → contact, PatRelHCP → participants (the FLE one also as generalPractitioner), Address.
 */
final class EpikrisePatientReader {

    private EpikrisePatientReader() {
    }

    static Patient read(Element element, EpikriseContext context) throws MessageRejectedException {
        Patient patient = new Patient();
        Coding sex = context.cs(element, "Sex", Genders.SYSTEM);
        if (sex != null) {
            patient.addExtension(KithExtensions.SEX, sex);
            patient.setGender(Genders.toFhir(sex.getCode()));
        }
        DateTimeType birth = context.ts(element, "DateOfBirth");
        if (birth != null) {
            patient.setBirthDateElement(new DateType(birth.getValueAsString().substring(0, 10)));
        }
        DateTimeType death = context.ts(element, "DateOfDeath");
        if (death != null) {
            patient.setDeceased(death);
        }
        String name = context.text(element, "Name");
        if (name != null) {
            patient.addName(name(name));
        }
        identifier(patient, context.text(element, "IdByServProvider"), EpikriseExtensions.ID_BY_SERV_PROVIDER);
        identifier(patient, context.text(element, "IdByRequester"), EpikriseExtensions.ID_BY_REQUESTER);
        officialId(element, patient, context);
        for (Element precaution : context.all(element, "PatientPrecaution")) {
            Extension extension = patient.addExtension().setUrl(EpikriseExtensions.PATIENT_PRECAUTION);
            extension.addExtension("precaution", new StringType(context.read().requiredText(precaution, context.ns(),
                    "Precaution")));
            add(extension, "start", context.ts(precaution, "StartDateTime"));
            add(extension, "end", context.ts(precaution, "EndDateTime"));
        }
        for (Element relParty : context.all(element, "PatientRelParty")) {
            patient.addContact(contact(relParty, context));
        }
        Participants.readAll(element, Participants.Kind.PAT_REL_HCP, patient, context);
        for (Element additional : context.all(element, "AdditionalId")) {
            CodedValue type = CodedValue.cs(context.required(additional, "Type"), context.read());
            patient.addIdentifier(IdentifierTypes.identifier(context.read().requiredText(additional, context.ns(), "Id"),
                    type, IdentifierTypes.PERSON_LIST).setUse(IdentifierUse.SECONDARY));
        }
        HcpAddressConverter.HcpAddress address = HcpAddressConverter.read(context.child(element, "Address"),
                context.ns(), context.read());
        if (address != null) {
            patient.addAddress(address.address());
            address.telecoms().forEach(patient::addTelecom);
        }
        return patient;
    }

    /** The FLE (fastlege) participant as Patient.generalPractitioner, once the parties are in the bundle. */
    static void linkGeneralPractitioner(Patient patient) {
        for (Extension participant : Participants.of(patient, Participants.Kind.PAT_REL_HCP)) {
            if (ExtensionValues.value(participant, "relation") instanceof Coding relation
                    && "FLE".equals(relation.getCode())) {
                patient.addGeneralPractitioner(Participants.party(participant).copy());
            }
        }
    }

    private static HumanName name(String text) {
        HumanName name = new HumanName().setText(text);
        int comma = text.indexOf(',');
        if (comma > 0) {
            name.setFamily(text.substring(0, comma).strip());
            String given = text.substring(comma + 1).strip();
            if (!given.isEmpty()) {
                name.addGiven(given);
            }
        }
        return name;
    }

    private static void officialId(Element element, Patient patient, EpikriseContext context)
            throws MessageRejectedException {
        Element offIdElement = context.child(element, "OffId");
        String offId = Dom.text(offIdElement);
        CodedValue type = CodedValue.cs(context.child(element, "TypeOffId"), context.read());
        if (offId == null) {
            return;
        }
        Identifier identifier = type == null ? new Identifier().setValue(offId)
                : IdentifierTypes.identifier(offId, type, IdentifierTypes.PERSON_LIST);
        identifier.setUse(IdentifierUse.OFFICIAL);
        String kind = Systems.FNR.equals(identifier.getSystem()) ? "fødselsnummer"
                : Systems.DNR.equals(identifier.getSystem()) ? "D-nummer" : null;
        if (kind != null && !Fodselsnummer.hasValidCheckDigits(offId)) {
            throw new MessageRejectedException(AppRecError.E31, "The patient's " + kind + " at "
                    + Dom.where(offIdElement) + " is not 11 digits with valid mod-11 check digits");
        }
        patient.addIdentifier(identifier);
    }

    private static ContactComponent contact(Element relParty, EpikriseContext context) throws MessageRejectedException {
        ContactComponent contact = new ContactComponent();
        context.required(relParty, "Relation");
        contact.addRelationship().addCoding(context.cs(relParty, "Relation", EpikriseCodes.REL_PARTY));
        String name = context.text(relParty, "Name");
        if (name != null) {
            contact.setName(new HumanName().setText(name));
        }
        String offId = context.text(relParty, "RelPartyOffId");
        if (offId != null) {
            contact.addExtension(EpikriseExtensions.REL_PARTY_OFF_ID, new StringType(offId));
        }
        HcpAddressConverter.HcpAddress address = HcpAddressConverter.read(context.child(relParty, "Address"),
                context.ns(), context.read());
        if (address != null) {
            contact.setAddress(address.address());
            contact.setTelecom(address.telecoms());
        }
        return contact;
    }

    private static void identifier(Patient patient, String value, String system) {
        if (value != null) {
            patient.addIdentifier(new Identifier().setSystem(system).setValue(value));
        }
    }

    private static void add(Extension holder, String url, org.hl7.fhir.r4.model.Type value) {
        if (value != null) {
            holder.addExtension(url, value);
        }
    }
}
