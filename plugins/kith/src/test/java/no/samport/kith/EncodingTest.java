package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Set;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecBundles;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.AppRecStatus;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.MessageEnvelope;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class EncodingTest {

    private final KithCodec codec = new KithCodec();

    @Test
    void utf_8_is_the_default_and_is_declared_in_the_prolog() throws Exception {
        String xml = new String(codec.encode(decode(KithTestSupport.SVAR), null), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Svar på forespørsel");
    }

    @Test
    void iso_8859_1_is_declared_and_characters_outside_it_become_character_references() throws Exception {
        Bundle bundle = decode(KithTestSupport.NOTAT);
        Communication notat = Bundles.first(bundle, Communication.class).orElseThrow();
        notat.getPayloadFirstRep().setContent(new StringType("Dosering økes \u2192 80 mg"));

        byte[] written = codec.encode(bundle, new EncodingPreferences(Set.of(), StandardCharsets.ISO_8859_1));
        String xml = new String(written, StandardCharsets.ISO_8859_1);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").contains("Dosering økes &#x2192; 80 mg");
        Communication reread = Bundles.first(codec.decode(written).bundle(), Communication.class).orElseThrow();
        assertThat(reread.getPayloadFirstRep().getContentStringType().getValue()).isEqualTo("Dosering økes \u2192 80 mg");
    }

    @Test
    void an_iso_8859_1_message_is_read_by_its_declaration() throws Exception {
        String xml = Fixtures.text(KithTestSupport.NOTAT).replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

        Bundle bundle = codec.decode(xml.getBytes(StandardCharsets.ISO_8859_1)).bundle();

        assertThat(Bundles.first(bundle, Communication.class).orElseThrow().getPayloadFirstRep().getContentStringType()
                .getValue()).contains("vekt opp 2,5 kg", "økende ødemer");
    }

    @Test
    void a_charset_that_cannot_carry_the_element_names_is_refused() throws Exception {
        EncodingPreferences ascii = new EncodingPreferences(Set.of(), StandardCharsets.US_ASCII);

        assertThat(reject(decode(KithTestSupport.FORESPORSEL), ascii).error()).isEqualTo(AppRecError.T10);
    }

    @Test
    void msg_info_is_written_in_schema_order_with_cs_values_without_s() throws Exception {
        String xml = new String(codec.encode(decode(KithTestSupport.SVAR), null), StandardCharsets.UTF_8);

        assertThat(xml).contains("<Type V=\"DIALOG_SVAR\" DN=\"Svar på forespørsel\"/>", "<GenDate>2024-03-04T14:02:37</GenDate>",
                "<IssueDate V=\"2024-03-04T14:01:55\"/>");
        assertThat(xml.indexOf("<RefToParent>")).isLessThan(xml.indexOf("<RefToConversation>"));
        assertThat(xml.indexOf("<MsgId>")).isLessThan(xml.indexOf("<ConversationRef>"));
    }

    @Test
    void a_receipt_is_apprec_1_0_by_default_and_1_1_when_only_that_is_accepted() throws Exception {
        Bundle receipt = receipt();

        String defaults = new String(codec.encode(receipt, null), StandardCharsets.UTF_8);
        String both = new String(codec.encode(receipt, accepting("apprec-1.0", "apprec-1.1")), StandardCharsets.UTF_8);
        String onlyNew = new String(codec.encode(receipt, accepting("apprec-1.1")), StandardCharsets.UTF_8);

        assertThat(defaults).contains("xmlns=\"http://www.kith.no/xmlstds/apprec/2004-11-21\"", "<MIGversion>1.0 2004-11-21</MIGversion>");
        assertThat(both).contains("apprec/2004-11-21");
        assertThat(onlyNew).contains("xmlns=\"http://www.kith.no/xmlstds/apprec/2012-02-15\"", "<MIGversion>v1.1 2012-02-15</MIGversion>");
    }

    @Test
    void samport_names_itself_in_its_receipts() throws Exception {
        String xml = new String(codec.encode(receipt(), null), StandardCharsets.UTF_8);

        assertThat(xml).contains("<SoftwareName>" + AppRecBundles.SOFTWARE_NAME + "</SoftwareName>",
                "<Error V=\"E21\" S=\"2.16.578.1.12.4.1.1.8221\" DN=\"Mottaker finnes ikke\" OT=\"Ukjent HER-id\"/>",
                "<MsgType V=\"DIALOG_FORESPORSEL\" DN=\"Forespørsel\"/>");
    }

    @Test
    void a_type_the_receiver_cannot_read_is_t10() throws Exception {
        assertThat(reject(receipt(), accepting("dialogmelding-1.0")).error()).isEqualTo(AppRecError.T10);
        assertThat(reject(decode(KithTestSupport.FORESPORSEL), accepting("apprec-1.0")).error())
                .isEqualTo(AppRecError.T10);
        Bundle henvisning = decode(KithTestSupport.NOTAT);
        Bundles.header(henvisning).getEventCoding().setCode("HENVISNING");
        assertThat(reject(henvisning, null).getMessage()).contains("HENVISNING cannot be written");
    }

    @Test
    void helsefaglig_dialog_is_written_as_dialogmelding_1_1() throws Exception {
        String xml = new String(codec.encode(MinimalBundles.helsefaglig(), accepting("dialogmelding-1.1")),
                StandardCharsets.UTF_8);

        assertThat(xml).contains("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2013-01-23\">", "<Notat>");
    }

    @Test
    void a_name_that_has_only_text_is_split_into_given_and_family_name() throws Exception {
        String xml = new String(codec.encode(MinimalBundles.foresporsel(), null), StandardCharsets.UTF_8);

        assertThat(xml).contains("<FamilyName>Solheim</FamilyName>", "<GivenName>Ingrid</GivenName>");
    }

    private Bundle receipt() throws Exception {
        MessageEnvelope original = MessageEnvelope.of(decode(KithTestSupport.FORESPORSEL));
        return AppRecBundles.answer(original, AppRecStatus.REJECTED,
                List.of(new AppRecBundles.Issue(AppRecError.E21, "Ukjent HER-id")), new Date());
    }

    private Bundle decode(String fixture) throws MessageRejectedException {
        return codec.decode(Fixtures.bytes(fixture)).bundle();
    }

    private MessageRejectedException reject(Bundle bundle, EncodingPreferences preferences) {
        return catchThrowableOfType(() -> codec.encode(bundle, preferences), MessageRejectedException.class);
    }

    private static EncodingPreferences accepting(String... formats) {
        return new EncodingPreferences(Set.of(formats), StandardCharsets.UTF_8);
    }
}
