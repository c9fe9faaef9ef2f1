package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import no.samport.testfixtures.XmlAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KITH → FHIR → KITH gives back a similar document, also after the bundle has been through FHIR JSON. */
class RoundTripTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private final KithCodec codec = new KithCodec();

    static Stream<String> validFixtures() {
        return KithTestSupport.VALID_FIXTURES.stream();
    }

    static Stream<String> officialExamples() {
        return KithTestSupport.OFFICIAL_EXAMPLES.stream();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void a_fixture_is_written_back_similar_to_the_original(String fixture) throws Exception {
        byte[] original = Fixtures.bytes(fixture);

        DecodedMessage decoded = codec.decode(original);
        byte[] written = codec.encode(decoded.bundle(), sameFormat(decoded));

        XmlAssertions.assertSimilar(original, written);
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void a_fixture_survives_fhir_json_between_decoding_and_encoding(String fixture) throws Exception {
        byte[] original = Fixtures.bytes(fixture);
        DecodedMessage decoded = codec.decode(original);

        String json = FHIR.newJsonParser().encodeResourceToString(decoded.bundle());
        Bundle parsed = FHIR.newJsonParser().parseResource(Bundle.class, json);

        XmlAssertions.assertSimilar(original, codec.encode(parsed, sameFormat(decoded)));
    }

    @ParameterizedTest
    @MethodSource("officialExamples")
    void an_official_example_is_written_back_similar_to_the_original(String example) throws Exception {
        Path file = SharedReferences.assumeExample(example);
        byte[] original = Files.readAllBytes(file);

        DecodedMessage decoded = codec.decode(original);
        byte[] written = codec.encode(decoded.bundle(), sameFormat(decoded));

        assertThat(decoded.format()).isEqualTo(example.substring(0, example.indexOf('-', example.indexOf('-') + 1)));
        XmlAssertions.assertSimilar(original, KithTestSupport.OFFICIAL_EPIKRISE.equals(example)
                ? KithTestSupport.epikriseMessage(written) : written);
    }

    @Test
    void an_epikrise_1_1_is_written_back_as_1_2_with_what_1_2_dropped_left_out() throws Exception {
        DecodedMessage decoded = codec.decode(Fixtures.bytes(KithTestSupport.EPIKRISE_1_1));
        String original = new String(Fixtures.bytes(KithTestSupport.EPIKRISE_1_1), StandardCharsets.ISO_8859_1);
        String as12 = original.replace("epikrise/2006-09-23", "epikrise/2012-02-15")
                .replace("<Type V=\"E\" DN=\"Epikrise\"/>", "<Type V=\"EPIKRISE\" DN=\"Epikrise\"/>")
                .replace("<MIGversion>v1.1 2006-09-23</MIGversion>", "<MIGversion>v1.2 2012-02-15</MIGversion>")
                .replace("<MsgDescr>Utredning av tung pust</MsgDescr>", "<MsgDescr DN=\"Utredning av tung pust\"/>")
                .replaceAll("\\s*<Id>1</Id>", "").replaceAll("\\s*<Role V=\"FLE\" DN=\"Fastlege\"/>", "")
                .replaceAll("\\s*<Type V=\"SH\" DN=\"Sykehus\"/>", "")
                .replaceAll("\\s*<PartyIdByServProv>HJM</PartyIdByServProv>", "");

        byte[] written = codec.encode(decoded.bundle(), new EncodingPreferences(Set.of("epikrise-1.2"), StandardCharsets.UTF_8));

        assertThat(decoded.format()).isEqualTo("epikrise-1.1");
        assertThat(decoded.warnings()).hasSize(4).allMatch(w -> w.startsWith("Epikrise 1.1 ") && w.endsWith("is not kept"));
        XmlAssertions.assertSimilar(as12.getBytes(StandardCharsets.ISO_8859_1), written);
        assertThat(KithTestSupport.schemaValidator().validate(written)).isEmpty();
    }

    @Test
    void the_comparison_does_notice_a_changed_value() throws Exception {
        byte[] original = Fixtures.bytes(KithTestSupport.FORESPORSEL);
        DecodedMessage decoded = codec.decode(original);
        Bundles.header(decoded.bundle()).getEventCoding().setDisplay("Noe annet");

        byte[] written = codec.encode(decoded.bundle(), sameFormat(decoded));

        assertThatThrownBy(() -> XmlAssertions.assertSimilar(original, written)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Noe annet");
        XmlAssertions.assertSimilar(original, written, "Type");
    }

    @Test
    void decoding_and_encoding_in_parallel_gives_the_same_documents() {
        List<String> fixtures = KithTestSupport.VALID_FIXTURES;

        IntStream.range(0, 200).parallel().forEach(i -> {
            byte[] original = Fixtures.bytes(fixtures.get(i % fixtures.size()));
            try {
                DecodedMessage decoded = codec.decode(original);
                XmlAssertions.assertSimilar(original, codec.encode(decoded.bundle(), sameFormat(decoded)));
            } catch (MessageRejectedException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** Preferences of a receiver that reads exactly the format the message came in. */
    private static EncodingPreferences sameFormat(DecodedMessage decoded) {
        return new EncodingPreferences(Set.of(decoded.format()), StandardCharsets.UTF_8);
    }
}
