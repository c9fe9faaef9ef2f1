package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** Field deviations (STANDARDS.md §14 trap 11, trap 5): warnings in lenient mode, T02 in strict mode. */
class LenientStrictTest {

    private static final String PADDED = "kith/quirks/padded-her-typeid.xml";
    private static final String SWAPPED = "kith/quirks/apprec-byttet-v-og-s.xml";

    private final KithCodec lenient = new KithCodec();
    private final KithCodec strict = new KithCodec(KithCodecOptions.defaults().withStrict(true));

    @Test
    void lenient_mode_reads_the_deviations_and_records_each_as_a_warning() throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(PADDED));
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.warnings()).hasSize(4)
                .anyMatch(w -> w.startsWith("Type has no DN at /MsgHead/MsgInfo/Type (line 5)"))
                .anyMatch(w -> w.startsWith("MIGversion is 'v1.2', expected 'v1.2 2006-05-24'"))
                .anyMatch(w -> w.startsWith("TypeId/@V has surrounding whitespace at /MsgHead/MsgInfo/Receiver/Organisation/Ident/TypeId"))
                .anyMatch(w -> w.contains("TypeId HER has S=2.16.578.1.12.4.1.1.9051 where 2.16.578.1.12.4.1.1.8116"));
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
    void strict_mode_rejects_the_first_deviation_with_t02() {
        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(Fixtures.bytes(PADDED)),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(rejection.getMessage()).isEqualTo(
                "Type has no DN at /MsgHead/MsgInfo/Type (line 5) (refused in strict mode)");
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
    void the_official_examples_person_her_id_typed_with_9051_is_a_warning() throws Exception {
        String xml = Fixtures.text(KithTestSupport.FORESPORSEL).replace(
                "<Id>8140116</Id>\n            <TypeId V=\"HER\" S=\"2.16.578.1.12.4.1.1.8116\"",
                "<Id>8140116</Id>\n            <TypeId V=\"HER\" S=\"2.16.578.1.12.4.1.1.9051\"");

        assertThat(lenient.decode(xml.getBytes(StandardCharsets.UTF_8)).warnings()).singleElement()
                .asString().contains("HealthcareProfessional/Ident/TypeId");
    }
}
