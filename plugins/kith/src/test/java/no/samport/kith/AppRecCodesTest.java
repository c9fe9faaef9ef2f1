package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every 8258 status and every 8221 error code is written and read back, in AppRec 1.0 and 1.1, schema-valid. */
class AppRecCodesTest {

    private final KithCodec codec = new KithCodec();

    static Stream<Arguments> statusesAndVersions() {
        return Arrays.stream(AppRecStatus.values())
                .flatMap(status -> Stream.of("apprec-1.0", "apprec-1.1").map(version -> Arguments.of(status, version)));
    }

    @ParameterizedTest
    @MethodSource("statusesAndVersions")
    void every_status_with_every_error_code_survives_writing_and_reading(AppRecStatus status, String version)
            throws Exception {
        MessageEnvelope original = MessageEnvelope.of(codec.decode(Fixtures.bytes(KithTestSupport.NOTAT)).bundle());
        List<AppRecBundles.Issue> issues = Arrays.stream(AppRecError.values())
                .map(error -> new AppRecBundles.Issue(error, "Fritekst for " + error.code())).toList();
        Bundle receipt = AppRecBundles.answer(original, status, issues, new Date());

        byte[] xml = codec.encode(receipt, new EncodingPreferences(Set.of(version), StandardCharsets.UTF_8));
        Bundle read = codec.decode(xml).bundle();

        assertThat(MessageEnvelope.of(read).receipt().status()).isEqualTo(status);
        assertThat(AppRecBundles.issues(read)).isEqualTo(issues);
        assertThat(codec.decode(xml).format()).isEqualTo(version);
        assertThat(KithTestSupport.schemaValidator().validate(xml)).isEmpty();
    }
}
