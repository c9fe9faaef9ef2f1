package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.XmlAssertions;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.Test;

/** A Dialogmelding 1.1 Foresporsel using every optional element survives decoding and encoding. */
class AllBodyFieldsTest {

    private static final String BODY = """
            <Dialogmelding xmlns="http://www.kith.no/xmlstds/dialog/2013-01-23">
              <SakstypeKodet V="1" S="2.16.578.1.12.4.1.1.9999" DN="Sak" OT="Oppfølging"/>
              <Sakstype>Oppfølging etter utskrivning</Sakstype>
              <Foresporsel>
                <TypeForesp V="8" S="2.16.578.1.12.4.1.1.7322" DN="Forespørsel om helseopplysninger"/>
                <EmneSporsmal>Opplysninger om hjertesvikt</EmneSporsmal>
                <Sporsmal>Kan du sende <b xmlns="http://www.w3.org/1999/xhtml">siste epikrise</b> og medisinliste?</Sporsmal>
                <Formål V="1" S="2.16.578.1.12.4.1.1.9999" DN="Helsehjelp"/>
                <Begrunnelse>Pasienten er ny i omsorgsboligen.</Begrunnelse>
                <Hastegrad V="H" DN="Haster"/>
                <FraDato>2023-01-01</FraDato>
                <TilDato>2024-03-01</TilDato>
                <TypeJournalinfo V="1" S="2.16.578.1.12.4.1.1.9999" DN="Epikrise"/>
                <TypeJournalinfo V="2" S="2.16.578.1.12.4.1.1.9999" DN="Legemiddelliste"/>
                <KodetOpplysning V="K77" S="2.16.578.1.12.4.1.1.7170" DN="Hjertesvikt"/>
                <DokIdForesp>DOK-2024-0042</DokIdForesp>
                <RollerRelatertNotat>
                  <RoleToPatient V="23" S="2.16.578.1.12.4.1.1.9034" DN="Ønsket behandler"/>
                  <Person>
                    <GivenName>Per</GivenName>
                    <FamilyName>Fjelltun</FamilyName>
                    <TeleCom><fk1:TypeTelecom V="MC" DN="Mobiltelefon"/><fk1:TeleAddress V="tel:40000002"/></TeleCom>
                  </Person>
                </RollerRelatertNotat>
              </Foresporsel>
            </Dialogmelding>""";

    private final KithCodec codec = new KithCodec();

    @Test
    void every_optional_element_is_mapped() throws Exception {
        DecodedMessage decoded = codec.decode(message());
        Communication question = Bundles.first(decoded.bundle(), Communication.class).orElseThrow();
        Reference actor = ExtensionValues.reference(
                question.getExtensionByUrl(KithExtensions.ROLLER_RELATERT_NOTAT), KithExtensions.ACTOR);

        assertThat(question.getTopic().getText()).isEqualTo("Opplysninger om hjertesvikt");
        assertThat(question.getPayloadFirstRep().getContentStringType().getValue())
                .isEqualTo("Kan du sende siste epikrise og medisinliste?");
        assertThat(question.getReasonCodeFirstRep().getCodingFirstRep().getDisplay()).isEqualTo("Helsehjelp");
        assertThat(question.getExtensionsByUrl(KithExtensions.TYPE_JOURNALINFO)).hasSize(2);
        assertThat(((Period) ExtensionValues.value(question, KithExtensions.PERIODE)).getEndElement().getValueAsString())
                .isEqualTo("2024-03-01");
        assertThat(ExtensionValues.string(question, KithExtensions.BODY_ELEMENT)).isEqualTo("Foresporsel");
        assertThat(ExtensionValues.concept(question, KithExtensions.SAKSTYPE_KODET).getText()).isEqualTo("Oppfølging");
        assertThat(question.getIdentifierFirstRep().getValue()).isEqualTo("DOK-2024-0042");
        RelatedPerson person = (RelatedPerson) Bundles.resolve(decoded.bundle(), actor).orElseThrow();
        assertThat(person.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Per");
        assertThat(person.getPatient().getReference()).isEqualTo(question.getSubject().getReference());
    }

    @Test
    void every_optional_element_is_written_back_in_schema_order() throws Exception {
        byte[] original = message();

        byte[] written = codec.encode(codec.decode(original).bundle(),
                new EncodingPreferences(Set.of("dialogmelding-1.1"), StandardCharsets.UTF_8));

        XmlAssertions.assertSimilar(original, written);
        assertThat(KithTestSupport.schemaValidator().validate(written)).isEmpty();
    }

    private static byte[] message() {
        String fixture = Fixtures.text(KithTestSupport.HELSEFAGLIG_TILKNYTTET_ENHET);
        int start = fixture.indexOf("<Dialogmelding");
        int end = fixture.indexOf("</Dialogmelding>") + "</Dialogmelding>".length();
        return (fixture.substring(0, start) + BODY + fixture.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
