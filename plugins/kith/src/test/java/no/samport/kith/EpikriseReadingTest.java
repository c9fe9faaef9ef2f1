package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.junit.jupiter.api.Test;

/** The official bare Epikrise example, Epikrise 1.1, and what Samport refuses in an epikrise. */
class EpikriseReadingTest {

    private final KithCodec lenient = new KithCodec();
    private final KithCodec strict = new KithCodec(KithCodecOptions.defaults().withStrict(true));

    @Test
    void the_official_example_without_msghead_is_read_with_a_header_derived_from_the_epikrise() throws Exception {
        byte[] example = Files.readAllBytes(SharedReferences.assumeExample(KithTestSupport.OFFICIAL_EPIKRISE));

        DecodedMessage decoded = lenient.decode(example);
        MessageEnvelope envelope = MessageEnvelope.of(decoded.bundle());

        assertThat(decoded.warnings()).singleElement().asString().startsWith("An Epikrise Message without MsgHead");
        assertThat(envelope.msgId()).isEqualTo("f022ccd0-4567-11e7-9598-0800200c9a66");
        assertThat(envelope.sender().herIdsMostSpecificFirst()).containsExactly("94866", "91393");
        assertThat(envelope.receiver().herIdsMostSpecificFirst()).containsExactly("91439", "91393");
        assertThat(EpikriseDecodingTest.document(decoded).getMeta().getTagFirstRep().getCode()).isEqualTo("TEST");
    }

    @Test
    void an_icd_10_star_code_is_kept_as_a_modifier_of_the_diagnosis() throws Exception {
        byte[] example = Files.readAllBytes(SharedReferences.assumeExample(KithTestSupport.OFFICIAL_EPIKRISE));

        Condition endocarditis = EpikriseDecodingTest.all(lenient.decode(example), Condition.class).get(0);
        Extension modifier = endocarditis.getCode().getExtensionByUrl(EpikriseExtensions.MODIFIER);

        assertThat(endocarditis.getCode().getCodingFirstRep().getCode()).isEqualTo("I330");
        assertThat(((org.hl7.fhir.r4.model.Coding) modifier.getExtensionByUrl("name").getValue()).getCode()).isEqualTo("S");
        assertThat(((org.hl7.fhir.r4.model.CodeableConcept) modifier.getExtensionByUrl("value").getValue())
                .getCodingFirstRep().getCode()).isEqualTo("B951");
    }

    @Test
    void strict_mode_refuses_an_epikrise_without_msghead_but_names_the_parties_for_the_receipt() throws Exception {
        byte[] example = Files.readAllBytes(SharedReferences.assumeExample(KithTestSupport.OFFICIAL_EPIKRISE));

        MessageRejectedException rejection = catchThrowableOfType(() -> strict.decode(example),
                MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.T02);
        assertThat(MessageEnvelope.of(rejection.partialHeader().orElseThrow()).sender().mostSpecificHerId())
                .contains("94866");
    }

    @Test
    void epikrise_1_1_is_read_with_what_1_2_dropped_reported_as_not_kept() throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(KithTestSupport.EPIKRISE_1_1));

        assertThat(decoded.format()).isEqualTo("epikrise-1.1");
        assertThat(decoded.warnings()).extracting(w -> w.substring(0, w.indexOf(" at ")))
                .containsExactlyInAnyOrder("Epikrise 1.1 Role (dropped in 1.2)", "Epikrise 1.1 Type (dropped in 1.2)",
                        "Epikrise 1.1 PartyIdByServProv (dropped in 1.2)", "Epikrise 1.1 Id (dropped in 1.2)");
        assertThat(EpikriseDecodingTest.all(decoded, Condition.class).get(0).getCode().getCodingFirstRep().getCode())
                .isEqualTo("I500");
    }

    @Test
    void a_wrong_fodselsnummer_in_the_epikrise_is_e31_with_the_header_for_the_receipt() {
        byte[] xml = Fixtures.text(KithTestSupport.EPIKRISE).replace("<OffId>12033841149</OffId>", "<OffId>12033841148</OffId>")
                .getBytes(StandardCharsets.UTF_8);

        MessageRejectedException rejection = catchThrowableOfType(() -> lenient.decode(xml), MessageRejectedException.class);

        assertThat(rejection.error()).isEqualTo(AppRecError.E31);
        assertThat(rejection.getMessage()).contains("Patient/OffId").doesNotContain("12033841148");
        assertThat(rejection.partialHeader()).isPresent();
    }

    @Test
    void a_receiver_that_does_not_read_epikrise_1_2_gets_t10() throws Exception {
        Bundle epikrise = lenient.decode(Fixtures.bytes(KithTestSupport.EPIKRISE)).bundle();

        MessageRejectedException refusal = catchThrowableOfType(() -> lenient.encode(epikrise,
                new EncodingPreferences(Set.of("dialogmelding-1.0", "epikrise-1.1"), StandardCharsets.UTF_8)),
                MessageRejectedException.class);

        assertThat(refusal.error()).isEqualTo(AppRecError.T10);
        assertThat(refusal.getMessage()).contains("does not read Epikrise 1.2");
    }

    @Test
    void a_result_item_is_reported_as_not_kept() throws Exception {
        String withResult = Fixtures.text(KithTestSupport.EPIKRISE).replaceFirst("<Comment>\\s*<Heading V=\"AI\"",
                "<InfItem><ResultItem><TextResult/><ClinInv><Id DN=\"CRP\"/></ClinInv></ResultItem>"
                        + "<Type V=\"FUNN\" DN=\"Funn/undersøkelsesresultat\"/></InfItem><Comment><Heading V=\"AI\"");

        DecodedMessage decoded = lenient.decode(withResult.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.warnings()).singleElement().asString()
                .startsWith("InfItem/ResultItem (a structured result) at ").endsWith("is not kept");
    }
}
