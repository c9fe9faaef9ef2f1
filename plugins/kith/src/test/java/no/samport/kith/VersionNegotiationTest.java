package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.XmlAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The Dialogmelding version a receiver gets: converted when nothing is lost, refused with the reason when it would be. */
class VersionNegotiationTest {

    private static final EncodingPreferences ONLY_1_0 = accepting("dialogmelding-1.0", "apprec-1.0");
    private static final EncodingPreferences ONLY_1_1 = accepting("dialogmelding-1.1", "apprec-1.0");
    private static final EncodingPreferences BOTH = accepting("dialogmelding-1.0", "dialogmelding-1.1");

    private final KithCodec codec = new KithCodec();

    @Test
    void a_message_goes_in_the_version_its_type_is_defined_in_when_the_receiver_reads_both() throws Exception {
        assertThat(written(KithTestSupport.FORESPORSEL, BOTH)).contains("xmlns=\"http://www.kith.no/xmlstds/dialog/2006-10-11\"");
        assertThat(written(KithTestSupport.HELSEFAGLIG_MED_VEDLEGG, BOTH))
                .contains("xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\"");
    }

    @Test
    void a_helsefaglig_dialog_without_1_1_parts_is_converted_to_1_0_for_a_receiver_that_reads_only_1_0() throws Exception {
        byte[] original = Fixtures.bytes(KithTestSupport.HELSEFAGLIG_MED_VEDLEGG);

        byte[] converted = codec.encode(codec.decode(original).bundle(), ONLY_1_0);

        String xml = new String(converted, StandardCharsets.UTF_8);
        assertThat(xml).contains("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2006-10-11\">")
                .contains("<Type V=\"DIALOG_HELSEFAGLIG\"");
        XmlAssertions.assertSimilar(Fixtures.text(KithTestSupport.HELSEFAGLIG_MED_VEDLEGG)
                .replace("http://www.kith.no/xmlstds/dialog/2013-01-23", "http://www.kith.no/xmlstds/dialog/2006-10-11"), converted);
        assertThat(KithTestSupport.schemaValidator().validate(converted)).isEmpty();
    }

    @Test
    void a_conversion_that_would_lose_1_1_parts_is_refused_with_t10_naming_them() throws Exception {
        Bundle answer = codec.decode(Fixtures.bytes(KithTestSupport.HELSEFAGLIG_TILKNYTTET_ENHET)).bundle();

        MessageRejectedException refusal = catchThrowableOfType(() -> codec.encode(answer, ONLY_1_0),
                MessageRejectedException.class);

        assertThat(refusal.error()).isEqualTo(AppRecError.T10);
        assertThat(refusal.getMessage()).startsWith("The receiver reads only Dialogmelding 1.0, and this "
                + "DIALOG_HELSEFAGLIG cannot be converted to 1.0 without losing TilknyttetEnhet (a contact unit), "
                + "a RollerRelatertNotat without HealthcareProfessional or Person (Dialogmelding 1.1 only)");
    }

    @Test
    void every_1_1_part_that_1_0_cannot_carry_is_named() throws Exception {
        String question = Fixtures.text(KithTestSupport.FORESPORSEL)
                .replace("http://www.kith.no/xmlstds/dialog/2006-10-11", "http://www.kith.no/xmlstds/dialog/2013-01-23")
                .replaceFirst("(<TypeForesp [^>]*/>)", "$1<EmneSporsmal>Resept</EmneSporsmal>")
                .replaceFirst("<Sporsmal>([^<]*)</Sporsmal>",
                        "<Sporsmal><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>$1</p></div></Sporsmal>");
        DecodedMessage decoded = codec.decode(question.getBytes(StandardCharsets.UTF_8));

        MessageRejectedException refusal = catchThrowableOfType(() -> codec.encode(decoded.bundle(), ONLY_1_0),
                MessageRejectedException.class);

        assertThat(refusal.getMessage()).contains("EmneSporsmal (the subject of the question), markup (XHTML) in Sporsmal");
        assertThat(new String(codec.encode(decoded.bundle(), BOTH), StandardCharsets.UTF_8))
                .as("a 1.0 type with 1.1 content goes as 1.1 when the receiver reads it")
                .contains("xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\"", "<EmneSporsmal>Resept</EmneSporsmal>");
    }

    @Test
    void a_1_0_message_goes_as_1_1_to_a_receiver_that_reads_only_1_1() throws Exception {
        byte[] written = codec.encode(codec.decode(Fixtures.bytes(KithTestSupport.SVAR)).bundle(), ONLY_1_1);

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\"");
        assertThat(KithTestSupport.schemaValidator().validate(written)).isEmpty();
    }

    @Test
    void a_receiver_that_reads_no_dialogmelding_version_gets_t10() throws Exception {
        Bundle notat = codec.decode(Fixtures.bytes(KithTestSupport.NOTAT)).bundle();

        MessageRejectedException refusal = catchThrowableOfType(() -> codec.encode(notat, accepting("apprec-1.0")),
                MessageRejectedException.class);

        assertThat(refusal.error()).isEqualTo(AppRecError.T10);
        assertThat(refusal.getMessage()).contains("reads no Dialogmelding version");
    }

    private String written(String fixture, EncodingPreferences receiver) throws Exception {
        return new String(codec.encode(codec.decode(Fixtures.bytes(fixture)).bundle(), receiver), StandardCharsets.UTF_8);
    }

    private static EncodingPreferences accepting(String... formats) {
        return new EncodingPreferences(Set.of(formats), StandardCharsets.UTF_8);
    }
}
