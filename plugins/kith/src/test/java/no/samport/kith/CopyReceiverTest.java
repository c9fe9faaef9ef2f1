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

    private final KithCodec codec = new KithCodec();

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
        return Fixtures.text(KithTestSupport.NOTAT).replaceFirst("\\s*<Patient>", "\n" + COPY_TO_UNIT)
                .getBytes(StandardCharsets.UTF_8);
    }
}
