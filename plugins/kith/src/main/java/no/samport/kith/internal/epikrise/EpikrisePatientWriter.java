package no.samport.kith.internal.epikrise;

import no.samport.kith.EpikriseExtensions;
import no.samport.kith.KithExtensions;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.kith.internal.common.Genders;
import no.samport.kith.internal.common.IdentifierTypes;
import no.samport.kith.internal.hcp.HcpAddressConverter;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Patient.ContactComponent;

/** Writes the document's Patient as {@code ServRprt/Patient}, reversing {@link EpikrisePatientReader}. */
final class EpikrisePatientWriter {

    private EpikrisePatientWriter() {
    }

    /** Writes the Patient element in schema order. */
    static void write(EpikriseOut out, Patient patient) throws MessageRejectedException {
        out.start("Patient");
        out.cs("Sex", ExtensionValues.coding(patient, KithExtensions.SEX,
                patient.hasGender() ? Genders.toKith(patient.getGender().toCode()) : null));
        out.ts("DateOfBirth", patient.getBirthDateElement());
        out.ts("DateOfDeath", patient.hasDeceasedDateTimeType() ? patient.getDeceasedDateTimeType() : null);
        out.text("Name", patient.hasName() ? text(patient.getNameFirstRep()) : null);
        out.text("IdByServProvider", value(patient, EpikriseExtensions.ID_BY_SERV_PROVIDER));
        out.text("IdByRequester", value(patient, EpikriseExtensions.ID_BY_REQUESTER));
        Identifier official = official(patient);
        if (official != null) {
            out.text("OffId", official.getValue());
            IdentifierTypes.typeIdOf(official, IdentifierTypes.PERSON_LIST).ifPresent(t -> t.writeCs(out.xml(), out.ns(),
                    "TypeOffId"));
        }
        for (Extension precaution : patient.getExtensionsByUrl(EpikriseExtensions.PATIENT_PRECAUTION)) {
            out.start("PatientPrecaution").text("Precaution", ExtensionValues.string(precaution, "precaution"))
                    .ts("StartDateTime", ExtensionValues.value(precaution, "start"))
                    .ts("EndDateTime", ExtensionValues.value(precaution, "end")).end();
        }
        for (ContactComponent contact : patient.getContact()) {
            out.start("PatientRelParty").cs("Relation", contact.getRelationshipFirstRep().getCodingFirstRep())
                    .text("Name", contact.hasName() ? text(contact.getName()) : null)
                    .text("RelPartyOffId", ExtensionValues.string(contact, EpikriseExtensions.REL_PARTY_OFF_ID));
            HcpAddressConverter.write(out.xml(), out.ns(), contact.hasAddress() ? contact.getAddress() : null,
                    contact.getTelecom());
            out.end();
        }
        Participants.writeAll(out, patient, Participants.Kind.PAT_REL_HCP);
        for (Identifier identifier : patient.getIdentifier()) {
            if (identifier.getUse() == IdentifierUse.SECONDARY) {
                out.start("AdditionalId").text("Id", identifier.getValue());
                IdentifierTypes.typeIdOf(identifier, IdentifierTypes.PERSON_LIST)
                        .ifPresent(t -> t.writeCs(out.xml(), out.ns(), "Type"));
                out.end();
            }
        }
        HcpAddressConverter.write(out.xml(), out.ns(), patient.hasAddress() ? patient.getAddressFirstRep() : null,
                patient.getTelecom());
        out.end();
    }

    /** The identifier written as OffId: the official one, else the first fødselsnummer or D-nummer. */
    private static Identifier official(Patient patient) {
        return patient.getIdentifier().stream().filter(i -> i.getUse() == IdentifierUse.OFFICIAL).findFirst()
                .or(() -> patient.getIdentifier().stream()
                        .filter(i -> Systems.FNR.equals(i.getSystem()) || Systems.DNR.equals(i.getSystem())).findFirst())
                .orElse(null);
    }

    private static String value(Patient patient, String system) {
        return patient.getIdentifier().stream().filter(i -> system.equals(i.getSystem())).filter(Identifier::hasValue)
                .map(Identifier::getValue).findFirst().orElse(null);
    }

    private static String text(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        return name.hasGiven() ? name.getFamily() + ", " + name.getGivenAsSingleString() : name.getFamily();
    }
}
