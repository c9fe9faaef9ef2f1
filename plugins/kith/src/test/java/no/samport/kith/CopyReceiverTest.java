package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.samport.kith.internal.common.ExtensionValues;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.PartyResources;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.XmlAssertions;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Person;
import org.junit.jupiter.api.Test;

/** MsgInfo/OtherReceiver (copy receivers) become further MessageHeader destinations and are written back. */
class CopyReceiverTest {

    private static final String COPY_TO_UNIT = """
                <OtherReceiver>
                  <RoleReceiver V="COP" DN="Kopimottaker"/>
                  <Organisation>
                    <OrganisationName>Grimstad kommune</OrganisationName>
                    <Ident><Id>8140001</Id><TypeId V="HER" S="2.16.578.1.12.4.1.1.9051" DN="HER-id"/></Ident>
                    <Organisation>
                      <OrganisationName>Tildelingskontoret</OrganisationName>
                      <Ident><Id>8140034</Id><TypeId V="HER" S="2.16.578.1.12.4.1.1.9051" DN="HER-id"/></Ident>
                    </Organisation>
                  </Organisation>
                </OtherReceiver>
                <OtherReceiver>
                  <RoleReceiver V="COP" DN="Kopimottaker"/>
                  <HealthcareProfessional>
                    <FamilyName>Aasen</FamilyName>
                    <GivenName>Erik</GivenName>
                    <Ident><Id>8140127</Id><TypeId V="HER" S="2.16.578.1.12.4.1.1.8116" DN="HER-id"/></Ident>
                  </HealthcareProfessional>
                </OtherReceiver>
                <Patient>""";

    private static final String COPY_TO_PERSONS = """
                <OtherReceiver>
                  <RoleReceiver V="COP" DN="Kopimottaker"/>
                  <Patient>
                    <FamilyName>Nilsen</FamilyName>
                    <GivenName>Berit</GivenName>
                    <Ident><Id>03095212084</Id><TypeId V="FNR" S="2.16.578.1.12.4.1.1.8116" DN="Fødselsnummer"/></Ident>
                  </Patient>
                </OtherReceiver>
                <OtherReceiver>
                  <ComMethod V="POST" DN="Post"/>
                  <RoleReceiver V="COP" DN="Kopimottaker"/>
                  <Person>
                    <fk1:FamilyName>Nilsen</fk1:FamilyName>
                    <fk1:GivenName>Kari</fk1:GivenName>
                    <fk1:Address>
                      <fk1:Type V="PST" DN="Postadresse"/>
                      <fk1:StreetAdr>Storgata 4</fk1:StreetAdr>
                      <fk1:PostalCode>4876</fk1:PostalCode>
                      <fk1:City>Grimstad</fk1:City>
                    </fk1:Address>
                    <fk1:TeleCom><fk1:TypeTelecom V="MC" DN="Mobiltelefon"/><fk1:TeleAddress V="tel:+4791234567"/></fk1:TeleCom>
                  </Person>
                </OtherReceiver>
                <Patient>""";

    private final KithCodec codec = new KithCodec();

    @Test
    void a_patient_or_person_as_copy_receiver_is_a_destination_naming_a_patient_or_person() throws Exception {
        DecodedMessage decoded = codec.decode(with(COPY_TO_PERSONS));
        MessageHeader header = Bundles.header(decoded.bundle());

        assertThat(decoded.warnings()).isEmpty();
        assertThat(header.getDestination()).hasSize(3);
        MessageHeader.MessageDestinationComponent toPatient = header.getDestination().get(1);
        MessageHeader.MessageDestinationComponent toPerson = header.getDestination().get(2);
        assertThat(toPatient.hasReceiver()).isFalse();
        assertThat(Bundles.resolve(decoded.bundle(), ExtensionValues.reference(toPatient,
                KithExtensions.OTHER_RECEIVER_PERSON)).orElseThrow()).isInstanceOf(Patient.class);
        Person person = (Person) Bundles.resolve(decoded.bundle(), ExtensionValues.reference(toPerson,
                KithExtensions.OTHER_RECEIVER_PERSON)).orElseThrow();
        assertThat(person.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Kari");
        assertThat(person.getAddressFirstRep().getCity()).isEqualTo("Grimstad");
        assertThat(person.getTelecomFirstRep().getValue()).isEqualTo("+4791234567");
        assertThat(ExtensionValues.coding(toPerson, KithExtensions.COM_METHOD, null).getCode()).isEqualTo("POST");
    }

    @Test
    void a_patient_or_person_as_copy_receiver_is_written_back_valid() throws Exception {
        byte[] original = with(COPY_TO_PERSONS);

        byte[] written = codec.encode(codec.decode(original).bundle(), EncodingPreferences.defaults());

        XmlAssertions.assertSimilar(original, written);
        assertThat(KithTestSupport.schemaValidator().validate(original)).isEmpty();
        assertThat(KithTestSupport.schemaValidator().validate(written)).isEmpty();
    }

    @Test
    void copy_receivers_are_further_destinations_with_their_role() throws Exception {
        DecodedMessage decoded = codec.decode(withCopyReceivers());
        MessageHeader header = Bundles.header(decoded.bundle());

        assertThat(header.getDestination()).hasSize(3);
        assertThat(header.getDestination().get(1).getEndpoint()).isEqualTo("urn:samport:her:8140034");
        assertThat(header.getDestination().get(2).getEndpoint()).isEqualTo("urn:samport:her:8140127");
        assertThat(ExtensionValues.coding(header.getDestination().get(1), KithExtensions.ROLE_RECEIVER, null).getCode())
                .isEqualTo("COP");
        assertThat(PartyResources.read(decoded.bundle(), header.getDestination().get(1).getReceiver())
                .department().name()).isEqualTo("Tildelingskontoret");
    }

    @Test
    void copy_receivers_are_written_back_valid() throws Exception {
        byte[] original = withCopyReceivers();

        byte[] written = codec.encode(codec.decode(original).bundle(), EncodingPreferences.defaults());

        XmlAssertions.assertSimilar(original, written);
        assertThat(KithTestSupport.schemaValidator().validate(written)).isEmpty();
    }

    private static byte[] withCopyReceivers() {
        return with(COPY_TO_UNIT);
    }

    private static byte[] with(String otherReceivers) {
        return Fixtures.text(KithTestSupport.NOTAT).replaceFirst("\\s*<Patient>", "\n" + otherReceivers)
                .getBytes(StandardCharsets.UTF_8);
    }
}
