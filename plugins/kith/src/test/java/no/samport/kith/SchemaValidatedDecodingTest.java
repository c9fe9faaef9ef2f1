package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** With a schema validator configured, XSD-invalid messages are T02 with line:column; formats stay T10. */
class SchemaValidatedDecodingTest {

    private static final String WRONG_ORDER = "kith/invalid/xsd-ugyldig-rekkefolge.xml";

    @Test
    void without_a_validator_a_message_with_elements_out_of_order_is_read() throws Exception {
        assertThat(new KithCodec().decode(Fixtures.bytes(WRONG_ORDER)).format()).isEqualTo("dialogmelding-1.0");
    }

    @Test
    void with_a_validator_it_is_t02_with_the_position_and_a_partial_header() {
        KithCodec codec = new KithCodec(KithCodecOptions.defaults().withSchemaValidator(KithTestSupport.schemaValidator()));

        MessageRejectedException rejection = catchThrowableOfType(() -> codec.decode(Fixtures.bytes(WRONG_ORDER)),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.getMessage()).startsWith("The message does not validate against the KITH schemas")
                .contains("7:12 cvc-complex-type.2.4.a");
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void with_a_validator_an_unknown_body_is_still_t10_not_a_schema_error() {
        KithCodec codec = new KithCodec(KithCodecOptions.defaults().withSchemaValidator(KithTestSupport.schemaValidator()));

        MessageRejectedException rejection = catchThrowableOfType(
                () -> codec.decode(Fixtures.bytes("kith/invalid/msghead-med-ukjent-innhold.xml")),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T10);
    }

    @Test
    void with_a_validator_every_valid_fixture_is_read() throws Exception {
        KithCodec codec = new KithCodec(KithCodecOptions.defaults().withSchemaValidator(KithTestSupport.schemaValidator()));

        for (String fixture : KithTestSupport.VALID_FIXTURES) {
            assertThat(codec.decode(Fixtures.bytes(fixture)).bundle()).isNotNull();
        }
    }

    @Test
    void with_a_validator_iso_8859_1_declared_as_utf_8_is_validated_as_the_text_it_was_read_as() throws Exception {
        KithCodec codec = new KithCodec(KithCodecOptions.defaults().withSchemaValidator(KithTestSupport.schemaValidator()));

        assertThat(codec.decode(Fixtures.bytes("kith/quirks/iso-8859-1-deklarert-som-utf-8.xml")).warnings())
                .singleElement().asString().contains("read as ISO-8859-1");
    }

    @Test
    void schema_errors_never_quote_patient_values() {
        KithCodec codec = new KithCodec(KithCodecOptions.defaults().withSchemaValidator(KithTestSupport.schemaValidator()));
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL).replace("1938-03-12", "12.03.1938 Olav");

        MessageRejectedException rejection = catchThrowableOfType(() -> codec.decode(xml.getBytes()),
                MessageRejectedException.class);

        assertThat(rejection.getMessage()).contains("DateOfBirth").doesNotContain("1938", "Olav");
    }
}
