package no.samport.kith.pasientliste;

import java.time.Instant;
import java.util.Date;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.GpListConventions;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * A received Pasientliste (e.g. HELFO's monthly list for a GP) as a GP-list snapshot message (event
 * {@code gp-list-snapshot}) for a contract: the source's whole list, compared with Samport's (or loaded onto an empty
 * list). Its change id names the municipality, the list and the month, so the same list received twice is one change.
 */
public final class PasientlisteSnapshot {

    private PasientlisteSnapshot() {
    }

    public static Bundle message(Pasientliste list, String contractId, String source, Instant recordedAt) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(GpListConventions.EVENT, GpListConventions.Events.LIST_SNAPSHOT, "Pasientliste"));
        header.getSource().setName(source).setEndpoint("urn:samport:pasientliste");
        String changeId = "pasientliste:" + list.kommune() + ":" + contractId + ":" + list.month();
        Bundle bundle = Bundles.newMessage(changeId, Date.from(recordedAt), header);
        Group group = new Group();
        group.addIdentifier(new Identifier().setSystem(GpListConventions.CONTRACT_ID).setValue(contractId));
        group.setType(Group.GroupType.PERSON).setActual(true).setQuantity(list.antall());
        group.addExtension(GpListConventions.EXT_MUNICIPALITY, new Coding(GpListConventions.MUNICIPALITY,
                list.kommune(), list.kommuneNavn()));
        for (Pasientliste.Pasient pasient : list.pasienter()) {
            Group.GroupMemberComponent member = group.addMember().setEntity(Bundles.add(bundle, patient(pasient)));
            member.getPeriod().setStartElement(new DateTimeType(pasient.fom().toString()));
            if (pasient.tom() != null) {
                member.getPeriod().setEndElement(new DateTimeType(pasient.tom().toString()));
            }
            if (pasient.navKontor() != null && !pasient.navKontor().isBlank()) {
                member.addExtension(GpListConventions.EXT_NAV_OFFICE, new StringType(pasient.navKontor()));
            }
        }
        header.addFocus(Bundles.add(bundle, group));
        return bundle;
    }

    private static Patient patient(Pasientliste.Pasient pasient) {
        Pasientliste.Person person = pasient.person();
        Patient patient = new Patient();
        if (person.nin() != null) {
            patient.addIdentifier().setSystem("DNR".equals(person.ninType()) ? Systems.DNR : Systems.FNR)
                    .setValue(person.nin());
        }
        if (person.familyName() != null || person.givenName() != null) {
            org.hl7.fhir.r4.model.HumanName name = patient.addName().setFamily(person.familyName());
            if (person.givenName() != null) {
                name.addGiven(person.givenName());
            }
        }
        if (person.dateOfBirth() != null) {
            patient.getBirthDateElement().setValueAsString(person.dateOfBirth().toString());
        }
        if (person.sex() != null) {
            patient.setGender(switch (person.sex()) {
                case "1" -> AdministrativeGender.MALE;
                case "2" -> AdministrativeGender.FEMALE;
                default -> AdministrativeGender.UNKNOWN;
            });
        }
        return patient;
    }
}
