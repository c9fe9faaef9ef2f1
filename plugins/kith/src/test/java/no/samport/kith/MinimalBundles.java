package no.samport.kith;

import java.util.Date;
import java.util.UUID;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import no.samport.plugin.api.fhir.PartyAddress;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Dialogue bundles as another module would build them: parties from PartyAddress, no KITH extensions. */
final class MinimalBundles {

    private MinimalBundles() {
    }

    static Bundle foresporsel() {
        return build(KithMessageType.DIALOG_FORESPORSEL, new Coding("urn:oid:2.16.578.1.12.4.1.1.9152", "99",
                "Annen henvendelse"), "Kan pasienten få time til blodprøvekontroll neste uke?");
    }

    static Bundle helsefaglig() {
        return build(KithMessageType.DIALOG_HELSEFAGLIG, new Coding("urn:oid:2.16.578.1.12.4.1.1.7322", "6",
                "Henvendelse om pasient"), "Pasienten er utskrevet til sykehjemmet i dag.");
    }

    private static Bundle build(String type, Coding category, String text) {
        MessageHeader header = new MessageHeader();
        header.setEvent(new Coding(Systems.MESSAGE_TYPE, type, null));
        Bundle bundle = Bundles.newMessage(UUID.randomUUID().toString(), new Date(), header);
        PartyAddress sender = PartyAddress.organisation("Grimstad kommune", "8140001")
                .withDepartment("Hjemmesykepleien sone sør", "8140012");
        PartyAddress receiver = PartyAddress.organisation("Fjære legesenter", "8140105")
                .withPerson("Ingrid Solheim", "8140116", "9144889");
        header.setSender(PartyResources.addTo(bundle, sender));
        header.getSource().setEndpoint(Systems.herEndpoint("8140012"));
        Reference to = PartyResources.addTo(bundle, receiver);
        header.addDestination().setReceiver(to).setEndpoint(Systems.herEndpoint("8140116"));
        Patient patient = new Patient();
        patient.addIdentifier(new Identifier().setSystem(Systems.FNR).setValue("12033841149"));
        patient.addName(new HumanName().setFamily("Testesen").addGiven("Olav"));
        Communication communication = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED);
        communication.addCategory(new CodeableConcept(category));
        communication.setSubject(Bundles.add(bundle, patient));
        communication.addPayload().setContent(new StringType(text));
        header.addFocus(Bundles.add(bundle, communication));
        return bundle;
    }
}
