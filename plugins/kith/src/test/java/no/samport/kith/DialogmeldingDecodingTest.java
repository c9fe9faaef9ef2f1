package no.samport.kith;

import static no.samport.kith.KithTestSupport.FORESPORSEL;
import static no.samport.kith.KithTestSupport.HELSEFAGLIG_MED_VEDLEGG;
import static no.samport.kith.KithTestSupport.HELSEFAGLIG_TILKNYTTET_ENHET;
import static no.samport.kith.KithTestSupport.NOTAT;
import static no.samport.kith.KithTestSupport.SVAR;
import static no.samport.kith.KithTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class DialogmeldingDecodingTest {

    @Test
    void a_foresporsel_from_home_nursing_is_addressed_from_the_service_to_the_named_gp() throws Exception {
        DecodedMessage decoded = decode(FORESPORSEL);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.format()).isEqualTo("dialogmelding-1.0");
        assertThat(decoded.warnings()).isEmpty();
        assertThat(envelope.msgId()).isEqualTo("3c6f0d2e-8a41-4b7e-9d2a-5e1f7c9b2a10");
        assertThat(envelope.messageType()).isEqualTo("DIALOG_FORESPORSEL");
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("8140012", "8140001");
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("8140116", "8140105");
        assertThat(envelope.receiver().person().hprNumber()).isEqualTo("9144889");
        assertThat(envelope.conversationId()).isNull();
        assertThat(Bundles.header(decoded.bundle()).getEventCoding().getSystem()).isEqualTo(Systems.MESSAGE_TYPE);
    }

    @Test
    void the_question_becomes_a_communication_with_its_9152_category_and_text() throws Exception {
        Communication question = communications(decode(FORESPORSEL)).get(0);

        assertThat(question.getCategoryFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo("urn:oid:2.16.578.1.12.4.1.1.9152");
        assertThat(question.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("6");
        assertThat(question.getPayloadFirstRep().getContentStringType().getValue()).startsWith("Pasienten har snart tomt");
        assertThat(question.getSentElement().getValueAsString()).isEqualTo("2024-03-04T09:12:41+01:00");
        assertThat(question.getExtensionByUrl(KithExtensions.BEGRUNNELSE)).isNotNull();
    }

    @Test
    void the_patient_carries_the_fodselsnummer_under_the_no_basis_system() throws Exception {
        DecodedMessage decoded = decode(FORESPORSEL);
        Communication question = communications(decoded).get(0);
        Patient patient = (Patient) Bundles.resolve(decoded.bundle(), question.getSubject()).orElseThrow();

        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(Systems.FNR);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("12033841149");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Testesen");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1938-03-12");
        assertThat(patient.getGender().toCode()).isEqualTo("male");
        assertThat(patient.getAddressFirstRep().getCity()).isEqualTo("Grimstad");
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("40000001");
    }

    @Test
    void the_author_in_roller_relatert_notat_is_a_practitioner_role_with_hpr_number() throws Exception {
        DecodedMessage decoded = decode(FORESPORSEL);
        Extension roller = communications(decoded).get(0).getExtensionByUrl(KithExtensions.ROLLER_RELATERT_NOTAT);
        Reference actor = (Reference) roller.getExtensionByUrl(KithExtensions.ACTOR).getValue();
        PractitionerRole role = (PractitionerRole) Bundles.resolve(decoded.bundle(), actor).orElseThrow();
        Practitioner practitioner = (Practitioner) Bundles.resolve(decoded.bundle(), role.getPractitioner()).orElseThrow();

        assertThat(((CodeableConcept) roller.getExtensionByUrl(KithExtensions.ROLLE_NOTAT).getValue())
                .getCodingFirstRep().getCode()).isEqualTo("1");
        assertThat(practitioner.getIdentifierFirstRep().getSystem()).isEqualTo(Systems.HPR);
        assertThat(practitioner.getQualificationFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("SP");
    }

    @Test
    void an_answer_refers_to_the_question_by_conversation_ref_and_contains_the_repeated_question() throws Exception {
        DecodedMessage decoded = decode(SVAR);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());
        Communication answer = communications(decoded).get(0);

        assertThat(envelope.parentMsgId()).isEqualTo("3c6f0d2e-8a41-4b7e-9d2a-5e1f7c9b2a10");
        assertThat(envelope.conversationId()).isEqualTo("3c6f0d2e-8a41-4b7e-9d2a-5e1f7c9b2a10");
        assertThat(envelope.sender().mostSpecificHerId()).contains("8140116");
        assertThat(answer.getInResponseTo().get(0).getIdentifier().getSystem()).isEqualTo(Systems.MSG_ID);
        assertThat(answer.getInResponseTo().get(0).getIdentifier().getValue()).isEqualTo(envelope.parentMsgId());
        assertThat(answer.getInResponseTo().get(1).getReference()).isEqualTo("#foresporsel");
        assertThat(answer.getContained()).singleElement().isInstanceOf(Communication.class);
        assertThat(answer.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.1.9069");
    }

    @Test
    void a_notat_keeps_topic_remark_date_and_the_patients_middle_name() throws Exception {
        DecodedMessage decoded = decode(NOTAT);
        Communication notat = communications(decoded).get(0);
        Patient patient = (Patient) Bundles.resolve(decoded.bundle(), notat.getSubject()).orElseThrow();

        assertThat(notat.getTopic().getText()).isEqualTo("Endret dosering av furosemid");
        assertThat(notat.getNoteFirstRep().getText()).isEqualTo("Ny kontroll hos fastlege om én uke.");
        assertThat(notat.getExtensionByUrl(KithExtensions.DATO_NOTAT).getValue().primitiveValue()).isEqualTo("2024-03-05");
        assertThat(patient.getNameFirstRep().getExtensionByUrl(
                "http://hl7.no/fhir/StructureDefinition/no-basis-middlename").getValue().primitiveValue()).isEqualTo("Marie");
    }

    @Test
    void an_attachment_becomes_a_payload_attachment_with_type_title_and_the_decoded_pdf() throws Exception {
        DecodedMessage decoded = decode(HELSEFAGLIG_MED_VEDLEGG);
        Communication dialog = communications(decoded).get(0);
        Attachment attachment = dialog.getPayload().get(1).getContentAttachment();

        assertThat(decoded.format()).isEqualTo("dialogmelding-1.1");
        assertThat(dialog.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.1.7322");
        assertThat(attachment.getContentType()).isEqualTo("application/pdf");
        assertThat(attachment.getTitle()).isEqualTo("Sårdokumentasjon 2024-03-06");
        assertThat(new String(attachment.getData(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        assertThat(dialog.getExtensionsByUrl(KithExtensions.ROLLER_RELATERT_NOTAT)).hasSize(2);
    }

    @Test
    void xhtml_content_is_kept_as_text_and_as_markup_and_tilknyttet_enhet_as_an_organization() throws Exception {
        DecodedMessage decoded = decode(HELSEFAGLIG_TILKNYTTET_ENHET);
        Communication dialog = communications(decoded).get(0);
        Extension contact = dialog.getExtensionsByUrl(KithExtensions.ROLLER_RELATERT_NOTAT).get(1)
                .getExtensionByUrl(KithExtensions.TILKNYTTET_ENHET);
        var unit = (org.hl7.fhir.r4.model.Organization) Bundles.resolve(decoded.bundle(),
                (Reference) contact.getExtensionByUrl(KithExtensions.KONTAKTENHET).getValue()).orElseThrow();

        assertThat(dialog.getPayloadFirstRep().getContentStringType().getValue()).contains("Såret bør dyrkes");
        assertThat(dialog.getPayloadFirstRep().getExtensionByUrl(KithExtensions.XML_CONTENT).getValue().primitiveValue())
                .contains("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        assertThat(unit.getName()).isEqualTo("Grimstad interkommunale legevakt");
        assertThat(unit.getIdentifierFirstRep().getValue()).isEqualTo("8140400");
    }

    static List<Communication> communications(DecodedMessage decoded) {
        return Bundles.header(decoded.bundle()).getFocus().stream()
                .map(focus -> (Communication) Bundles.resolve(decoded.bundle(), focus).orElseThrow())
                .toList();
    }
}
