package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Files;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundles the codec produces pass HAPI's R4 validator without errors (warnings about KITH code systems are fine). */
class FhirValidationTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;
    private final KithCodec codec = new KithCodec();

    @BeforeAll
    static void createValidator() {
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static Stream<String> validFixtures() {
        return KithTestSupport.VALID_FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void a_decoded_fixture_has_no_validation_errors(String fixture) throws Exception {
        assertNoErrors(codec.decode(Fixtures.bytes(fixture)).bundle());
    }

    @ParameterizedTest
    @MethodSource("readableFixtures")
    void what_is_read_from_epikrise_1_1_and_from_messages_with_deviations_has_no_validation_errors(String fixture)
            throws Exception {
        assertNoErrors(codec.decode(Fixtures.bytes(fixture)).bundle());
    }

    static Stream<String> readableFixtures() {
        return Stream.of(KithTestSupport.EPIKRISE_1_1, "kith/quirks/padded-her-typeid.xml",
                "kith/quirks/apprec-byttet-v-og-s.xml", "kith/quirks/iso-8859-1-deklarert-som-utf-8.xml");
    }

    @Test
    void the_decoded_official_examples_have_no_validation_errors() throws Exception {
        for (String example : KithTestSupport.OFFICIAL_EXAMPLES) {
            assertNoErrors(codec.decode(Files.readAllBytes(SharedReferences.assumeExample(example))).bundle());
        }
    }

    @Test
    void a_partial_header_of_a_rejected_message_has_no_validation_errors() {
        try {
            codec.decode(Fixtures.bytes("kith/invalid/feil-fodselsnummer.xml"));
        } catch (MessageRejectedException e) {
            assertNoErrors(e.partialHeader().orElseThrow());
            return;
        }
        throw new AssertionError("the fixture should be rejected");
    }

    @Test
    void a_receipt_for_a_decoded_message_has_no_validation_errors() throws Exception {
        MessageEnvelope original = MessageEnvelope.of(codec.decode(Fixtures.bytes(KithTestSupport.SVAR)).bundle());
        Bundle receipt = AppRecBundles.answer(original, AppRecStatus.REJECTED,
                List.of(new AppRecBundles.Issue(AppRecError.E35, "Pasienten er ikke registrert hos oss")), new Date());

        assertNoErrors(codec.decode(codec.encode(receipt, null)).bundle());
    }

    @Test
    void the_validator_does_report_errors_so_the_checks_above_mean_something() throws Exception {
        Bundle bundle = codec.decode(Fixtures.bytes(KithTestSupport.FORESPORSEL)).bundle();
        bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Communication.class::isInstance)
                .forEach(c -> ((org.hl7.fhir.r4.model.Communication) c).setStatus(null));

        assertThat(errors(bundle)).anyMatch(e -> e.contains("Communication.status"));
    }

    private static void assertNoErrors(Bundle bundle) {
        assertThat(errors(bundle)).isEmpty();
    }

    private static List<String> errors(Bundle bundle) {
        return validator.validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(FhirValidationTest::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
