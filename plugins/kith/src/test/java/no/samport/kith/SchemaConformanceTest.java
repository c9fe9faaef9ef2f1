package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Everything the fixtures hold and everything the encoder writes validates against the official KITH XSDs. */
class SchemaConformanceTest {

    private static final EncodingPreferences ISO_8859_1 = new EncodingPreferences(Set.of(), StandardCharsets.ISO_8859_1);
    private final KithCodec codec = new KithCodec();

    static Stream<String> validFixtures() {
        return KithTestSupport.VALID_FIXTURES.stream();
    }

    static Stream<String> dialogueFixtures() {
        return KithTestSupport.DIALOGUE_FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void every_valid_fixture_validates(String fixture) {
        assertThat(KithTestSupport.schemaValidator().validate(Fixtures.bytes(fixture))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void what_the_encoder_writes_validates_in_utf_8_and_iso_8859_1(String fixture) throws Exception {
        Bundle bundle = codec.decode(Fixtures.bytes(fixture)).bundle();

        assertValid(codec.encode(bundle, EncodingPreferences.defaults()));
        assertValid(codec.encode(bundle, ISO_8859_1));
    }

    @ParameterizedTest
    @MethodSource("dialogueFixtures")
    void receipts_built_by_app_rec_bundles_validate_as_apprec_1_0_and_1_1(String fixture) throws Exception {
        MessageEnvelope original = MessageEnvelope.of(codec.decode(Fixtures.bytes(fixture)).bundle());
        List<Bundle> receipts = List.of(
                AppRecBundles.answer(original, AppRecStatus.OK, List.of(), new Date()),
                AppRecBundles.answer(original, AppRecStatus.REJECTED, List.of(
                        new AppRecBundles.Issue(AppRecError.E21, "Ukjent mottaker"),
                        new AppRecBundles.Issue(AppRecError.T02, "MsgId mangler")), new Date()),
                AppRecBundles.answer(original, AppRecStatus.OK_ERROR_IN_PART, List.of(
                        new AppRecBundles.Issue(AppRecError.X99, null)), new Date()));

        for (Bundle receipt : receipts) {
            assertValid(codec.encode(receipt, EncodingPreferences.defaults()));
            assertValid(codec.encode(receipt, new EncodingPreferences(Set.of("apprec-1.1"), StandardCharsets.UTF_8)));
        }
    }

    @Test
    void a_dialogue_bundle_built_from_party_addresses_validates() throws Exception {
        assertValid(codec.encode(MinimalBundles.foresporsel(), EncodingPreferences.defaults()));
        assertValid(codec.encode(MinimalBundles.helsefaglig(), EncodingPreferences.defaults()));
    }

    @Test
    void the_official_examples_are_written_valid() throws Exception {
        for (String example : KithTestSupport.OFFICIAL_EXAMPLES) {
            byte[] original = Files.readAllBytes(SharedReferences.assumeExample(example));
            assertValid(codec.encode(codec.decode(original).bundle(), EncodingPreferences.defaults()));
        }
    }

    private static void assertValid(byte[] xml) {
        assertThat(KithTestSupport.schemaValidator().validate(xml))
                .as("schema errors in%n%s", new String(xml, 0, Math.min(xml.length, 6000), StandardCharsets.ISO_8859_1))
                .isEmpty();
    }
}
