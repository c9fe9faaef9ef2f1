package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Communication;
import org.junit.jupiter.api.Test;

/** Field deviations (STANDARDS.md §14 trap 11, trap 5): warnings in lenient mode, T02 in strict mode. */
class LenientStrictTest {

    private static final String PADDED = "kith/quirks/padded-her-typeid.xml";
    private static final String SWAPPED = "kith/quirks/apprec-byttet-v-og-s.xml";
    private static final String MISDECLARED = "kith/quirks/iso-8859-1-deklarert-som-utf-8.xml";

    private final KithCodec lenient = new KithCodec();
    private final KithCodec strict = new KithCodec(KithCodecOptions.defaults().withStrict(true));

    @Test
    void lenient_mode_reads_the_deviations_and_records_each_as_a_warning() throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(PADDED));
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.warnings()).hasSize(3)
                .anyMatch(w -> w.startsWith("Type has no DN at /MsgHead/MsgInfo/Type (line 5)"))
                .anyMatch(w -> w.startsWith("MIGversion is 'v1.2', expected 'v1.2 2006-05-24'"))
                .anyMatch(w -> w.startsWith("TypeId/@V has surrounding whitespace at /MsgHead/MsgInfo/Receiver/Organisation/Ident/TypeId"));
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("8140116", "8140105");
    }

    @Test
    void the_normalised_values_are_written_back() throws Exception {
        byte[] written = lenient.encode(lenient.decode(Fixtures.bytes(PADDED)).bundle(), EncodingPreferences.defaults());
        String xml = new String(written, StandardCharsets.UTF_8);

        assertThat(xml).contains("<MIGversion>v1.2 2006-05-24</MIGversion>", "<Type V=\"DIALOG_FORESPORSEL\" DN=\"Forespørsel\"/>")
                .doesNotContain("V=\" HER\"");
    }

    @Test
    void strict_mode_rejects_a_deviation_with_t02_and_still_gives_the_partial_header() {
        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(Fixtures.bytes(PADDED)),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.getMessage()).isEqualTo("TypeId/@V has surrounding whitespace at "
                + "/MsgHead/MsgInfo/Receiver/Organisation/Ident/TypeId (line 39) (refused in strict mode)");
        assertThat(MessageEnvelope.of(rejection.partialHeader().orElseThrow()).sender().mostSpecificHerId())
                .contains("8140012");
    }

    @Test
    void strict_mode_refuses_an_unknown_mig_version() {
        String xml = Fixtures.text(KithTestSupport.SVAR).replace("<MIGversion>v1.2 2006-05-24</MIGversion>",
                "<MIGversion>1.2</MIGversion>");

        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(xml.getBytes(StandardCharsets.UTF_8)),
                MessageRejectedException.class);

        assertThat(rejection.getMessage()).startsWith("MIGversion is '1.2', expected 'v1.2 2006-05-24'");
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void strict_mode_accepts_a_message_without_deviations() throws Exception {
        assertThat(strict.decode(Fixtures.bytes(KithTestSupport.SVAR)).warnings()).isEmpty();
    }

    @Test
    void swapped_v_and_s_in_an_apprec_error_are_normalised_in_lenient_mode() throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(SWAPPED));

        assertThat(decoded.warnings()).containsExactly("Error has V and S swapped at /AppRec/Error (line 32)");
        assertThat(AppRecBundles.issues(decoded.bundle())).extracting(AppRecBundles.Issue::error)
                .containsExactly(AppRecError.E35);
    }

    @Test
    void swapped_v_and_s_are_refused_in_strict_mode() {
        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(Fixtures.bytes(SWAPPED)),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void a_persons_her_id_is_accepted_with_either_code_list_as_the_official_examples_use_9051() throws Exception {
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL).replace(
                "<Id>8140116</Id>\n            <TypeId V=\"HER\" S=\"2.16.578.1.12.4.1.1.8116\"",
                "<Id>8140116</Id>\n            <TypeId V=\"HER\" S=\"2.16.578.1.12.4.1.1.9051\"");
        assertThat(xml).contains("S=\"2.16.578.1.12.4.1.1.9051\"");

        assertThat(lenient.decode(xml.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
        assertThat(strict.decode(xml.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    }

    @Test
    void a_persons_fodselsnummer_typed_with_the_organisation_list_is_still_a_warning() throws Exception {
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL).replace(
                "S=\"2.16.578.1.12.4.1.1.8116\" DN=\"Fødselsnummer\"", "S=\"2.16.578.1.12.4.1.1.9051\" DN=\"Fødselsnummer\"");
        assertThat(xml).contains("S=\"2.16.578.1.12.4.1.1.9051\" DN=\"Fødselsnummer\"");

        assertThat(lenient.decode(xml.getBytes(StandardCharsets.UTF_8)).warnings()).singleElement()
                .asString().contains("TypeId FNR has S=2.16.578.1.12.4.1.1.9051");
    }

    @Test
    void an_ident_child_outside_the_fk1_namespace_is_read_with_a_warning() throws Exception {
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL).replace("<fk1:Id>9300117</fk1:Id>", "<Id>9300117</Id>");

        DecodedMessage decoded = lenient.decode(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.warnings()).singleElement().asString()
                .startsWith("Id is in namespace http://www.kith.no/xmlstds/dialog/2006-10-11 instead of "
                        + "http://www.kith.no/xmlstds/felleskomponent1");
    }

    @Test
    void what_the_codec_does_not_keep_is_reported_in_both_modes() throws Exception {
        String xml = Fixtures.text(KithTestSupport.NOTAT).replace("</MsgHead>",
                "  <ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo/></ds:Signature>\n</MsgHead>");

        assertThat(strict.decode(xml.getBytes(StandardCharsets.UTF_8)).warnings()).singleElement().asString()
                .startsWith("The XML signature (ds:Signature) at /MsgHead/Signature (line ").endsWith("is not kept");
    }

    @Test
    void an_unknown_extra_element_is_a_warning_in_lenient_mode() throws Exception {
        DecodedMessage decoded = lenient.decode(withUnknownElement());

        assertThat(decoded.warnings()).singleElement().asString().startsWith("Unknown element "
                + "{http://www.kith.no/xmlstds/dialog/2006-10-11}Prioritet (not in the standard; its content is not read)"
                + " at /MsgHead/Document/RefDoc/Content/Dialogmelding/Notat/Prioritet (line ");
    }

    @Test
    void an_unknown_extra_element_is_t02_in_strict_mode_with_the_partial_header() {
        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(withUnknownElement()),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.getMessage()).contains("Unknown element").contains("Notat/Prioritet").endsWith("(refused in strict mode)");
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void markup_inside_free_text_is_content_not_unknown_elements() throws Exception {
        assertThat(strict.decode(Fixtures.bytes(KithTestSupport.HELSEFAGLIG_TILKNYTTET_ENHET)).warnings()).isEmpty();
    }

    @Test
    void a_coded_subject_from_a_list_the_message_type_does_not_use_is_a_deviation() throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.AVVIK).replaceFirst("S=\"2.16.578.1.12.4.1.1.8117\"",
                "S=\"2.16.578.1.12.4.1.1.9069\"").getBytes(StandardCharsets.UTF_8);

        assertThat(lenient.decode(xml).warnings()).singleElement().asString().startsWith(
                "TemaKodet has S=2.16.578.1.12.4.1.1.9069, which is not a code list DIALOG_AVVIK uses (8117)");
        assertThat(catchThrowableOfType(() -> strict.decode(xml), MessageRejectedException.class).error())
                .isEqualTo(AppRecError.T02);
    }

    @Test
    void a_value_outside_a_published_code_list_is_a_deviation() throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.FORESPORSEL).replaceFirst("<TypeForesp V=\"6\"", "<TypeForesp V=\"66\"")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(lenient.decode(xml).warnings()).singleElement().asString()
                .startsWith("TypeForesp V=66 is not a code in 9152 (Type opplysning ved pasientsamhandling – fra pleie og omsorg)");
    }

    @Test
    void a_coded_subject_without_dn_gets_the_code_tables_name_when_written() throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.AVVIK).replaceFirst(" DN=\"Feil adressat\"", "")
                .getBytes(StandardCharsets.UTF_8);
        DecodedMessage decoded = lenient.decode(xml);

        String written = new String(lenient.encode(decoded.bundle(), EncodingPreferences.defaults()), StandardCharsets.UTF_8);

        assertThat(decoded.warnings()).singleElement().asString().startsWith("TemaKodet has no DN");
        assertThat(written).contains("<TemaKodet V=\"1\" S=\"2.16.578.1.12.4.1.1.8117\" DN=\"Feil adressat\"/>");
    }

    @Test
    void iso_8859_1_bytes_declared_as_utf_8_are_read_as_iso_8859_1_with_a_warning() throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(MISDECLARED));

        assertThat(decoded.warnings()).singleElement().asString().startsWith(
                "The message declares UTF-8 (or no encoding) but is not valid UTF-8; it was read as ISO-8859-1");
        assertThat(Bundles.first(decoded.bundle(), Communication.class).orElseThrow().getPayloadFirstRep()
                .getContentStringType().getValue()).contains("økende ødemer");
    }

    @Test
    void iso_8859_1_bytes_declared_as_utf_8_are_t01_in_strict_mode() {
        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(Fixtures.bytes(MISDECLARED)),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T01);
        assertThat(rejection.getMessage()).contains("not valid UTF-8").contains("declare the encoding");
    }

    @Test
    void an_empty_nested_organisation_and_a_date_without_zero_padding_are_read_as_deviations() throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.NOTAT)
                .replaceFirst("<HealthcareProfessional>", "<Organisation/>\n        <HealthcareProfessional>")
                .replace("<DateOfBirth>1952-09-03</DateOfBirth>", "<DateOfBirth>1952-9-3</DateOfBirth>")
                .getBytes(StandardCharsets.UTF_8);

        DecodedMessage decoded = lenient.decode(xml);

        assertThat(decoded.warnings()).hasSize(2)
                .anyMatch(w -> w.startsWith("An empty Organisation element (no name, no Ident) is left out at "
                        + "/MsgHead/MsgInfo/Sender/Organisation/Organisation"))
                .anyMatch(w -> w.startsWith("DateOfBirth is not written YYYY-MM-DD (no zero padding)"));
        assertThat(MessageEnvelope.of(decoded.bundle()).sender().herIdsMostSpecificFirst()).containsExactly("8140127", "8140105");
        assertThat(catchThrowableOfType(() -> strict.decode(xml), MessageRejectedException.class).error())
                .isEqualTo(AppRecError.T02);
    }

    /** The GP note with an element some EPJ adds that no Dialogmelding version has. */
    private static byte[] withUnknownElement() {
        String xml = Fixtures.text(KithTestSupport.NOTAT);
        int notatEnd = xml.indexOf("</Notat>");
        return (xml.substring(0, notatEnd) + "  <Prioritet>Høy</Prioritet>\n          " + xml.substring(notatEnd))
                .getBytes(StandardCharsets.UTF_8);
    }
}
