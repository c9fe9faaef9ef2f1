package no.samport.kith;

import static no.samport.kith.KithTestSupport.STATUS_HENVISNING;
import static no.samport.kith.KithTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** Every MsgHead 1.2 element the status message uses is mapped (docs/mapping/msghead.md) and nothing is lost. */
class MsgHeadCompleteTest {

    @Test
    void a_status_pa_henvisning_is_read_as_dialogmelding_1_1_without_warnings() throws Exception {
        DecodedMessage decoded = decode(STATUS_HENVISNING);
        Communication status = communication(decoded);

        assertThat(decoded.format()).isEqualTo("dialogmelding-1.1");
        assertThat(decoded.warnings()).isEmpty();
        assertThat(status.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:2.16.578.1.12.4.1.1.9148");
        assertThat(status.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("2");
        assertThat(MessageEnvelope.of(decoded.bundle()).parentMsgId()).isEqualTo("8d0f2b4c-6e7a-4c1e-9b3d-5f7a9c1e3b50");
    }

    @Test
    void processing_status_priority_ack_and_com_methods_are_kept_on_the_message_header() throws Exception {
        MessageHeader header = Bundles.header(decode(STATUS_HENVISNING).bundle());

        assertThat(ExtensionValues.coding(header, KithExtensions.PROCESSING_STATUS, null).getCode()).isEqualTo("P");
        assertThat(ExtensionValues.coding(header, KithExtensions.REQUESTED_PRIORITY, null).getCode()).isEqualTo("N");
        assertThat(ExtensionValues.coding(header, KithExtensions.ACK, null).getCode()).isEqualTo("J");
        assertThat(ExtensionValues.coding(header.getSource(), KithExtensions.COM_METHOD, null).getCode()).isEqualTo("EDI");
        assertThat(ExtensionValues.coding(header.getDestinationFirstRep(), KithExtensions.COM_METHOD, null).getCode())
                .isEqualTo("EDI");
    }

    @Test
    void the_sender_organisation_keeps_its_idents_postbox_county_and_the_service_its_telecoms() throws Exception {
        DecodedMessage decoded = decode(STATUS_HENVISNING);
        Organization service = (Organization) Bundles.resolve(decoded.bundle(),
                Bundles.header(decoded.bundle()).getSender()).orElseThrow();
        Organization municipality = (Organization) Bundles.resolve(decoded.bundle(), service.getPartOf()).orElseThrow();

        assertThat(municipality.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .containsExactly(Systems.HER + "|8140001", Systems.ENH + "|974123452");
        assertThat(ExtensionValues.string(municipality.getAddressFirstRep(), KithExtensions.POSTBOX)).isEqualTo("Postboks 123");
        assertThat(municipality.getAddressFirstRep().getDistrict()).isEqualTo("Grimstad");
        assertThat(service.getTelecom()).extracting(t -> t.getSystem().toCode() + ":" + t.getValue())
                .containsExactly("phone:37250400", "email:psykisk.helse@grimstad.kommune.example");
    }

    @Test
    void the_patient_keeps_every_ident_address_and_telecom() throws Exception {
        DecodedMessage decoded = decode(STATUS_HENVISNING);
        Patient patient = (Patient) Bundles.resolve(decoded.bundle(), communication(decoded).getSubject()).orElseThrow();

        assertThat(patient.getIdentifier()).extracting(i -> i.getType().getCodingFirstRep().getCode())
                .containsExactly("FNR", "XXX");
        assertThat(patient.getIdentifier().get(1).getValue()).isEqualTo("PHR-2024-0117");
        assertThat(patient.getAddressFirstRep().getLine().get(0).getValue()).isEqualTo("Vesterled 7");
        assertThat(patient.getTelecom()).extracting(t -> t.getUse() == null ? null : t.getUse().toCode())
                .containsExactly("mobile", "home");
    }

    @Test
    void the_body_document_fields_are_kept_in_the_kith_document_extension() throws Exception {
        Extension fields = Bundles.header(decode(STATUS_HENVISNING).bundle()).getExtensionByUrl(KithExtensions.DOCUMENT);

        assertThat(ExtensionValues.string(fields, "contentDescription")).isEqualTo("Status på henvisning til samtalebehandling");
        assertThat(ExtensionValues.concept(fields, "consent").getCodingFirstRep().getCode()).isEqualTo("1");
        assertThat(ExtensionValues.string(fields, "annotation")).isEqualTo("Pasienten er informert per telefon.");
        assertThat(ExtensionValues.string(fields, "fromDate")).isEqualTo("2024-03-11");
        assertThat(ExtensionValues.string(fields, "toDate")).isEqualTo("2024-03-20");
        assertThat(ExtensionValues.string(fields, "enquiryRefId")).isEqualTo("PHR-2024-0117");
        assertThat(ExtensionValues.string(fields, "refDocId")).isEqualTo("c2e4a6f8-0b1d-4c3e-8f5a-7b9d1e3f5a70");
        assertThat(ExtensionValues.string(fields, "mimeType")).isEqualTo("text/xml");
        assertThat(ExtensionValues.string(fields, "description")).isEqualTo("Dialogmelding 1.1");
    }

    @Test
    void attachments_by_content_and_by_file_reference_keep_their_document_fields() throws Exception {
        List<Attachment> attachments = communication(decode(STATUS_HENVISNING)).getPayload().stream()
                .filter(p -> p.getContent() instanceof Attachment).map(p -> (Attachment) p.getContent()).toList();

        assertThat(attachments).hasSize(2);
        Attachment letter = attachments.get(0);
        assertThat(new String(letter.getData(), StandardCharsets.UTF_8)).startsWith("Innkalling til samtale");
        assertThat(letter.getContentType()).isEqualTo("text/plain");
        Extension fields = letter.getExtensionByUrl(KithExtensions.DOCUMENT);
        assertThat(ExtensionValues.coding(fields, "documentConnection", null).getCode()).isEqualTo("V");
        assertThat(ExtensionValues.string(fields, "refDocId")).isEqualTo("innkalling-2024-0117");
        assertThat(attachments.get(1).getUrl()).isEqualTo("https://grimstad.kommune.example/psykisk-helse/informasjon.pdf");
        assertThat(attachments.get(1).hasData()).isFalse();
    }

    @Test
    void a_copy_to_the_patient_is_a_destination_that_names_a_patient() throws Exception {
        DecodedMessage decoded = decode(STATUS_HENVISNING);
        MessageHeader header = Bundles.header(decoded.bundle());

        assertThat(header.getDestination()).hasSize(3);
        assertThat(ExtensionValues.coding(header.getDestination().get(2), KithExtensions.ROLE_RECEIVER, null).getCode())
                .isEqualTo("COP");
        assertThat(Bundles.resolve(decoded.bundle(), ExtensionValues.reference(header.getDestination().get(2),
                KithExtensions.OTHER_RECEIVER_PERSON)).orElseThrow()).isInstanceOf(Patient.class);
    }

    private static Communication communication(DecodedMessage decoded) {
        return decoded.bundle().getEntry().stream().map(e -> e.getResource())
                .filter(Communication.class::isInstance).map(Communication.class::cast).findFirst().orElseThrow();
    }
}
