package no.samport.kith;

import static no.samport.kith.KithTestSupport.EPIKRISE;
import static no.samport.kith.KithTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** Epikrise 1.2 in MsgHead becomes a message bundle carrying a FHIR document Bundle (docs/mapping/epikrise.md). */
class EpikriseDecodingTest {

    @Test
    void the_epikrise_travels_as_a_document_bundle_in_the_message_bundle() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());
        Bundle document = document(decoded);

        assertThat(decoded.format()).isEqualTo("epikrise-1.2");
        assertThat(decoded.warnings()).isEmpty();
        assertThat(envelope.messageType()).isEqualTo("EPIKRISE");
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("8150023", "8150001");
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("8140116", "8140105");
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(document.getEntryFirstRep().getResource()).isInstanceOf(Composition.class);
        assertThat(Bundles.msgId(document)).isEqualTo("6b8d0f2a-4c6e-4a8b-9d1f-3a5c7e9b1d24");
    }

    @Test
    void the_composition_carries_status_type_date_title_author_and_approval() throws Exception {
        Composition composition = composition(decode(EPIKRISE));

        assertThat(composition.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
        assertThat(composition.getType().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .containsExactly(Systems.MESSAGE_TYPE + "|EPIKRISE", "http://loinc.org|18842-5");
        assertThat(composition.getDateElement().getValueAsString()).isEqualTo("2024-03-14T14:10:00+01:00");
        assertThat(composition.getTitle()).isEqualTo("Epikrise medisinsk avdeling");
        assertThat(composition.getAttesterFirstRep().getTimeElement().getValueAsString())
                .isEqualTo("2024-03-14T15:25:00+01:00");
        assertThat(composition.getIdentifier().getValue()).isEqualTo("SBS-EPI-2024-0314-0021");
        assertThat(composition.getAuthorFirstRep().getReference()).isEqualTo(composition.getCustodian().getReference());
    }

    @Test
    void diagnoses_are_conditions_with_icd_10_and_the_main_one_ranked_first_in_the_encounter() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);
        List<Condition> conditions = all(decoded, Condition.class);
        Encounter stay = all(decoded, Encounter.class).get(0);

        assertThat(conditions).extracting(c -> c.getCode().getCodingFirstRep().getCode()).containsExactly("J189", "I48");
        assertThat(conditions.get(0).getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.1.7110");
        assertThat(stay.getDiagnosis()).extracting(d -> d.getRank()).containsExactly(1, 2);
        assertThat(stay.getPeriod().getStartElement().getValueAsString()).isEqualTo("2024-03-08T22:15:00+01:00");
        assertThat(stay.getClass_().getCode()).isEqualTo("IMP");
        assertThat(conditions.get(1).getNoteFirstRep().getText()).isEqualTo("Kjent, frekvenskontrollert.");
    }

    @Test
    void the_referral_is_a_service_request_with_its_icpc_2_reason() throws Exception {
        ServiceRequest referral = all(decode(EPIKRISE), ServiceRequest.class).get(0);

        assertThat(referral.getReasonCodeFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo("urn:oid:2.16.578.1.12.4.1.1.7170");
        assertThat(referral.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("R81");
        assertThat(referral.getIdentifierFirstRep().getValue()).isEqualTo("LV-2024-0308-117");
        assertThat(referral.getNoteFirstRep().getText()).startsWith("Innlagt via legevakten");
    }

    @Test
    void the_medication_list_is_medication_statements_with_status_dose_and_dosage_text() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);
        List<MedicationStatement> medication = all(decoded, MedicationStatement.class);

        assertThat(medication).extracting(m -> drug(decoded, m).getCodingFirstRep().getDisplay())
                .containsExactly("Klaritromycin", "Xarelto", "Selo-Zok");
        assertThat(drug(decoded, medication.get(2)).getCoding().get(1).getSystem()).isEqualTo("http://www.whocc.no/atc");
        assertThat(drug(decoded, medication.get(2)).getCoding().get(1).getCode()).isEqualTo("C07AB02");
        assertThat(medication).extracting(m -> m.getStatus().toCode()).containsExactly("intended", "active", "active");
        MedicationStatement metoprolol = medication.get(2);
        assertThat(metoprolol.getDosageFirstRep().getText()).isEqualTo("1 tablett om morgenen");
        assertThat(metoprolol.getDosageFirstRep().getDoseAndRateFirstRep().getDoseQuantity().getValue())
                .isEqualByComparingTo("47.5");
        assertThat(medication.get(0).getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2024-03-19");
    }

    @Test
    void cave_is_an_active_allergy_intolerance_whose_narrative_is_the_description() throws Exception {
        AllergyIntolerance cave = all(decode(EPIKRISE), AllergyIntolerance.class).get(0);

        assertThat(cave.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(cave.getText().getDivAsString()).contains("Penicillin: utslett 2005.");
    }

    @Test
    void the_follow_up_plan_is_a_task_for_the_patients_gp() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);
        Task followUp = all(decoded, Task.class).get(0);
        Patient patient = all(decoded, Patient.class).get(0);

        assertThat(followUp.getDescription()).startsWith("Kontroll hos fastlege om to uker med CRP");
        assertThat(followUp.getOwner().getReference()).isEqualTo(patient.getGeneralPractitionerFirstRep().getReference());
        assertThat(followUp.getCode().getCodingFirstRep().getCode()).isEqualTo("OP");
    }

    @Test
    void the_patient_has_the_fodselsnummer_the_gp_and_the_daughter_as_contact() throws Exception {
        Patient patient = all(decode(EPIKRISE), Patient.class).get(0);

        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(Systems.FNR);
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Testesen");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Olav");
        assertThat(patient.getContactFirstRep().getRelationshipFirstRep().getCodingFirstRep().getCode()).isEqualTo("DTR");
        assertThat(patient.getContactFirstRep().getTelecomFirstRep().getValue()).isEqualTo("+4791122334");
        assertThat(patient.hasGeneralPractitioner()).isTrue();
    }

    @Test
    void copy_recipients_are_participants_of_the_composition_and_destinations_of_the_message() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);
        List<Extension> participants = composition(decoded).getExtensionsByUrl(EpikriseExtensions.PARTICIPANT);

        assertThat(participants).extracting(p -> ExtensionValues.string(p, "kind"))
                .containsExactly("serv-provider", "copy-dest", "requester");
        assertThat(Bundles.header(decoded.bundle()).getDestination()).hasSize(2);
        assertThat(Bundles.header(decoded.bundle()).getDestination().get(1).getEndpoint()).isEqualTo("urn:samport:her:8140012");
    }

    @Test
    void msg_info_patient_is_a_focus_of_the_message_header() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE);

        assertThat(Bundles.header(decoded.bundle()).getFocus()).hasSize(2);
        assertThat(Bundles.resolve(decoded.bundle(), Bundles.header(decoded.bundle()).getFocus().get(1)).orElseThrow())
                .isInstanceOf(Patient.class);
    }

    private static org.hl7.fhir.r4.model.CodeableConcept drug(DecodedMessage decoded, MedicationStatement statement) {
        return ((org.hl7.fhir.r4.model.Medication) Bundles.resolve(document(decoded), statement.getMedicationReference())
                .orElseThrow()).getCode();
    }

    static Bundle document(DecodedMessage decoded) {
        return (Bundle) Bundles.resolve(decoded.bundle(), Bundles.header(decoded.bundle()).getFocusFirstRep()).orElseThrow();
    }

    static Composition composition(DecodedMessage decoded) {
        return (Composition) document(decoded).getEntryFirstRep().getResource();
    }

    static <T extends Resource> List<T> all(DecodedMessage decoded, Class<T> type) {
        return document(decoded).getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }
}
