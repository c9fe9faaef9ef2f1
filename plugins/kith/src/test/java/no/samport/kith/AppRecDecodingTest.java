package no.samport.kith;

import static no.samport.kith.KithTestSupport.APPREC_1_1_OK;
import static no.samport.kith.KithTestSupport.APPREC_AVVIST;
import static no.samport.kith.KithTestSupport.APPREC_OK;
import static no.samport.kith.KithTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

class AppRecDecodingTest {

    @Test
    void an_ok_receipt_names_the_original_message_and_its_sender_and_receiver() throws Exception {
        DecodedMessage decoded = decode(APPREC_OK);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.format()).isEqualTo("apprec-1.0");
        assertThat(decoded.warnings()).isEmpty();
        assertThat(envelope.isAppRec()).isTrue();
        assertThat(envelope.msgId()).isEqualTo("0f4b8d2c-7e1a-4c9b-a3d5-8e2f6b1c4a97");
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("8140116", "8140105");
        assertThat(envelope.sender().person().hprNumber()).isEqualTo("9144889");
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("8140012", "8140001");
        assertThat(envelope.receipt().status()).isEqualTo(AppRecStatus.OK);
        assertThat(envelope.receipt().originalMsgId()).isEqualTo("3c6f0d2e-8a41-4b7e-9d2a-5e1f7c9b2a10");
        assertThat(envelope.receipt().originalMessageType()).isEqualTo("DIALOG_FORESPORSEL");
        assertThat(envelope.receipt().originalGenDate()).hasToString("2024-03-04T08:15:00Z");
        assertThat(AppRecBundles.issues(decoded.bundle())).isEmpty();
    }

    @Test
    void the_receipt_has_the_same_shape_as_the_ones_samport_builds() throws Exception {
        MessageHeader header = Bundles.header(decode(APPREC_OK).bundle());

        assertThat(header.getEventCoding().getSystem()).isEqualTo(Systems.MESSAGE_TYPE);
        assertThat(header.getEventCoding().getCode()).isEqualTo("APPREC");
        assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
        assertThat(header.getResponse().getExtensionByUrl(Systems.EXT_APPREC_STATUS)).isNotNull();
        assertThat(header.getResponse().getExtensionByUrl(Systems.EXT_ORIGINAL_MESSAGE_TYPE)).isNotNull();
        assertThat(header.getResponse().getExtensionByUrl(Systems.EXT_ORIGINAL_GEN_DATE)).isNotNull();
        assertThat(header.getSource().getName()).isEqualTo("Testjournal legekontor");
        assertThat(header.getSource().getEndpoint()).isEqualTo("urn:samport:her:8140116");
        assertThat(header.getDestinationFirstRep().getEndpoint()).isEqualTo("urn:samport:her:8140012");
    }

    @Test
    void a_rejection_carries_its_8221_errors_with_free_text_as_operation_outcome_issues() throws Exception {
        DecodedMessage decoded = decode(APPREC_AVVIST);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());
        List<AppRecBundles.Issue> issues = AppRecBundles.issues(decoded.bundle());

        assertThat(envelope.receipt().status()).isEqualTo(AppRecStatus.REJECTED);
        assertThat(Bundles.header(decoded.bundle()).getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.FATALERROR);
        assertThat(issues).containsExactly(new AppRecBundles.Issue(AppRecError.E21,
                "HER-id 8140099 (Hjemmesykepleien sone nord) er lagt ned; bruk 8140012"));
    }

    @Test
    void additional_ids_are_kept_after_the_main_id() throws Exception {
        DecodedMessage decoded = decode(APPREC_OK);
        Organization municipality = decoded.bundle().getEntry().stream().map(e -> e.getResource())
                .filter(Organization.class::isInstance).map(Organization.class::cast)
                .filter(o -> "Grimstad kommune".equals(o.getName())).findFirst().orElseThrow();

        assertThat(municipality.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .containsExactly(Systems.HER + "|8140001", Systems.ENH + "|974123452");
    }

    @Test
    void apprec_1_1_is_read_into_the_same_shape() throws Exception {
        DecodedMessage decoded = decode(APPREC_1_1_OK);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.format()).isEqualTo("apprec-1.1");
        assertThat(decoded.warnings()).isEmpty();
        assertThat(envelope.sender().mostSpecificHerId()).contains("8140023");
        assertThat(envelope.receipt().originalMessageType()).isEqualTo("DIALOG_HELSEFAGLIG");
    }

    @Test
    void status_3_with_several_errors_and_a_professional_receiver_is_read_whole() throws Exception {
        DecodedMessage decoded = decode(KithTestSupport.APPREC_1_1_DELVIS);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.warnings()).isEmpty();
        assertThat(envelope.receipt().status()).isEqualTo(AppRecStatus.OK_ERROR_IN_PART);
        assertThat(AppRecBundles.issues(decoded.bundle())).extracting(AppRecBundles.Issue::error)
                .containsExactly(AppRecError.T99, AppRecError.X99);
        assertThat(envelope.receiver().person().hprNumber()).isEqualTo("9261547");
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("8140116", "8140105");
    }

    @Test
    void med_speciality_and_address_of_an_hcp_are_kept() throws Exception {
        DecodedMessage decoded = decode(KithTestSupport.APPREC_1_1_DELVIS);
        org.hl7.fhir.r4.model.PractitionerRole sender = (org.hl7.fhir.r4.model.PractitionerRole) Bundles.resolve(
                decoded.bundle(), Bundles.header(decoded.bundle()).getSender()).orElseThrow();
        Organization office = (Organization) Bundles.resolve(decoded.bundle(), sender.getOrganization()).orElseThrow();

        assertThat(sender.getSpecialtyFirstRep().getText()).isEqualTo("Allmennmedisin");
        assertThat(office.getAddressFirstRep().getCity()).isEqualTo("Grimstad");
        assertThat(office.getTelecomFirstRep().getValue()).isEqualTo("37040500");
        assertThat(office.getIdentifier()).extracting(i -> i.getSystem()).containsExactly(Systems.HER, Systems.ENH);
    }
}
