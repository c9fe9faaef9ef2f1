package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/**
 * The KITH base schema makes V optional on CS and CV: a code can be only a display name ({@code <TypeTelecom
 * DN="Hovedtelefon"/>}, seen from an EPJ in NAV's padm2 test data). Such codes are read and written back as they are,
 * in strict mode too, and the FHIR readings that need a value (use, status, class) fall back to their defaults.
 */
class CodesWithoutValueTest {

    private final KithCodec strict = new KithCodec(KithCodecOptions.defaults().withStrict(true));

    @Test
    void a_dialogmelding_with_telecom_address_and_sex_codes_without_value_is_read_and_written_back() throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.NOTAT)
                .replace("<Sex V=\"2\" DN=\"Kvinne\"/>", "<Sex DN=\"Kvinne\"/>")
                .replace("<Type V=\"H\" DN=\"Bostedsadresse\"/>", "<Type DN=\"Bostedsadresse\"/>")
                .replace("</Address>\n    </Patient>", "</Address>\n      <TeleCom>\n        <TypeTelecom DN=\"Hovedtelefon\"/>"
                        + "\n        <TeleAddress V=\"tel:98765432\"/>\n      </TeleCom>\n    </Patient>")
                .getBytes(StandardCharsets.UTF_8);

        DecodedMessage decoded = strict.decode(xml);

        Patient patient = Bundles.first(decoded.bundle(), Patient.class).orElseThrow();
        assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("98765432");
        assertThat(patient.getTelecomFirstRep().hasUse()).isFalse();
        assertThat(patient.getAddressFirstRep().hasUse()).isFalse();
        assertThat(patient.getGender().toCode()).isEqualTo("unknown");
        String written = new String(strict.encode(decoded.bundle(), EncodingPreferences.defaults()),
                StandardCharsets.UTF_8);
        assertThat(written).contains("<TypeTelecom DN=\"Hovedtelefon\"/>").contains("<Sex DN=\"Kvinne\"/>")
                .contains("<Type DN=\"Bostedsadresse\"/>");
    }

    @Test
    void an_epikrise_with_report_medication_and_admission_codes_without_value_is_read_and_written_back()
            throws Exception {
        byte[] xml = Fixtures.text(KithTestSupport.EPIKRISE)
                .replace("<Status V=\"F\" DN=\"Endelig rapport\"/>", "<Status DN=\"Endelig rapport\"/>")
                .replace("<Status V=\"2\" DN=\"Forskrevet\"/>", "<Status DN=\"Forskrevet\"/>")
                .replace("<AdmCat V=\"1\" DN=\"Heldøgnsopphold\"/>", "<AdmCat DN=\"Heldøgnsopphold\"/>")
                .getBytes(StandardCharsets.UTF_8);

        DecodedMessage decoded = strict.decode(xml);

        assertThat(EpikriseDecodingTest.composition(decoded).getStatus())
                .isEqualTo(Composition.CompositionStatus.PRELIMINARY);
        assertThat(EpikriseDecodingTest.all(decoded, MedicationStatement.class))
                .anyMatch(s -> s.getStatus() == MedicationStatement.MedicationStatementStatus.UNKNOWN);
        String written = new String(strict.encode(decoded.bundle(), EncodingPreferences.defaults()),
                StandardCharsets.UTF_8);
        assertThat(written).contains("<Status DN=\"Endelig rapport\"/>").contains("<Status DN=\"Forskrevet\"/>")
                .contains("<AdmCat DN=\"Heldøgnsopphold\"/>");
    }
}
