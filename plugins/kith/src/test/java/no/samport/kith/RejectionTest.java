package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad input is rejected with the right 8221 code, a message that says where, and no patient data. */
class RejectionTest {

    private final KithCodec codec = new KithCodec();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "kith/invalid/not-xml.txt, T01",
            "kith/invalid/empty.xml, T01",
            "kith/invalid/doctype-xxe.xml, T01",
            "kith/invalid/ukjent-format.xml, T10",
            "kith/invalid/msghead-med-ukjent-innhold.xml, T10",
            "kith/invalid/msghead-uten-msgid.xml, T02",
            "kith/invalid/feil-fodselsnummer.xml, E31"})
    void an_invalid_fixture_is_rejected_with_its_code_and_without_patient_data(String fixture, AppRecError expected) {
        MessageRejectedException rejection = reject(Fixtures.bytes(fixture));

        assertThat(rejection.error()).isEqualTo(expected);
        assertThat(rejection.getMessage()).doesNotContain("1203384114", "Testesen", "Olav");
    }

    @Test
    void whitespace_is_not_a_message() {
        assertThat(reject("  \n ".getBytes(StandardCharsets.UTF_8)).error()).isEqualTo(AppRecError.T01);
    }

    @Test
    void a_wrong_fodselsnummer_is_e31_with_a_partial_header_that_addresses_the_sender() {
        MessageRejectedException rejection = reject(Fixtures.bytes("kith/invalid/feil-fodselsnummer.xml"));
        MessageEnvelope envelope = MessageEnvelope.of(rejection.partialHeader().orElseThrow());

        assertThat(rejection.getMessage()).contains("/MsgHead/MsgInfo/Patient/Ident", "line 61");
        assertThat(envelope.sender().mostSpecificHerId()).contains("8140012");
        assertThat(envelope.receiver().mostSpecificHerId()).contains("8140116");
        assertThat(envelope.msgId()).isEqualTo("7d0e4b52-6a93-4c1f-b8e2-4f6a8c0e2b47");
        assertThat(envelope.messageType()).isEqualTo("DIALOG_FORESPORSEL");
        assertThat(envelope.genDate()).hasToString("2024-03-04T08:15:00Z");
    }

    @Test
    void a_missing_msg_id_names_the_element_and_line_and_has_no_partial_header() {
        MessageRejectedException rejection = reject(Fixtures.bytes("kith/invalid/msghead-uten-msgid.xml"));

        assertThat(rejection.getMessage()).isEqualTo("MsgId is missing at /MsgHead/MsgInfo (line 4)");
        assertThat(rejection.partialHeader()).isEmpty();
    }

    @Test
    void an_unknown_body_is_t10_with_a_partial_header() {
        MessageRejectedException rejection = reject(Fixtures.bytes("kith/invalid/msghead-med-ukjent-innhold.xml"));

        assertThat(rejection.getMessage()).contains("henvisning/2012-02-15", "line 82");
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void a_missing_required_body_element_is_t02_with_a_partial_header() {
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL)
                .replace("<TypeForesp V=\"6\" S=\"2.16.578.1.12.4.1.1.9152\" DN=\"Fornye resept(er)\"/>", "");

        MessageRejectedException rejection = reject(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.getMessage()).startsWith("TypeForesp is missing at /MsgHead/Document/RefDoc/Content/Dialogmelding/Foresporsel");
        assertThat(MessageEnvelope.of(rejection.partialHeader().orElseThrow()).sender().mostSpecificHerId()).contains("8140012");
    }

    @Test
    void an_apprec_with_a_status_outside_8258_is_t02() {
        String xml = Fixtures.text(KithTestSupport.APPREC_OK).replace("<Status V=\"1\" DN=\"OK\"/>", "<Status V=\"7\"/>");

        assertThat(reject(xml.getBytes(StandardCharsets.UTF_8)).error()).isEqualTo(AppRecError.T02);
    }

    @Test
    void input_above_the_limit_is_t99_before_it_is_parsed() {
        KithCodec small = new KithCodec(KithCodecOptions.defaults().withMaxMessageBytes(2048));
        byte[] notEvenXml = new byte[4096];
        Arrays.fill(notEvenXml, (byte) 'x');

        MessageRejectedException rejection = catchThrowableOfType(() -> small.decode(notEvenXml),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T99);
        assertThat(rejection.getMessage()).isEqualTo("The message is 4096 bytes, larger than the 0.002 MiB limit");
    }

    @Test
    void an_oversized_msghead_is_t99_with_its_header_read_so_the_sender_gets_a_receipt() throws Exception {
        KithCodec small = new KithCodec(KithCodecOptions.defaults().withMaxMessageBytes(2048));
        byte[] message = Fixtures.bytes(KithTestSupport.FORESPORSEL);
        assertThat(message.length).isGreaterThan(2048);

        MessageRejectedException rejection = catchThrowableOfType(() -> small.decode(message),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T99);
        MessageEnvelope header = MessageEnvelope.of(rejection.partialHeader().orElseThrow());
        assertThat(header.sender().mostSpecificHerId()).contains("8140012");
        assertThat(header.msgId()).isNotBlank();
    }

    @Test
    void the_default_limit_is_20_mib() {
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];

        assertThat(reject(tooLarge).getMessage()).endsWith("larger than the 20 MiB limit");
        assertThat(reject(tooLarge).error()).isEqualTo(AppRecError.T99);
    }

    @Test
    void nesting_deeper_than_the_limit_is_t99() {
        KithCodec shallow = new KithCodec(KithCodecOptions.defaults().withMaxElementDepth(5));

        MessageRejectedException rejection = catchThrowableOfType(
                () -> shallow.decode(Fixtures.bytes(KithTestSupport.FORESPORSEL)), MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T99);
        assertThat(rejection.getMessage()).contains("deeper than the limit of 5 levels");
    }

    private MessageRejectedException reject(byte[] input) {
        MessageRejectedException rejection = catchThrowableOfType(() -> codec.decode(input), MessageRejectedException.class);
        assertThat(rejection).as("the input should be rejected").isNotNull();
        return rejection;
    }
}
