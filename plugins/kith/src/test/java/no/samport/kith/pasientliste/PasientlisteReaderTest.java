package no.samport.kith.pasientliste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;

class PasientlisteReaderTest {

    private static byte[] fixtureWith(String from, String to) {
        return Fixtures.text(PasientlisteWriterTest.FIXTURE).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryPatientWithTheirPeriodsAndCodes() throws Exception {
        Pasientliste list = PasientlisteReader.read(Fixtures.bytes(PasientlisteWriterTest.FIXTURE));

        assertThat(list.kommune()).isEqualTo("5099");
        assertThat(list.month()).hasToString("2024-03");
        assertThat(list.pasienter()).extracting(Pasientliste.Pasient::endringskode).containsExactly(null, "OTVE", null);
        assertThat(list.pasienter().get(2).avgangsarsak()).isEqualTo("OHUT");
        assertThat(list.pasienter().get(2).person().ninType()).isEqualTo("DNR");
    }

    @Test
    void aDoctypeIsRefusedAndNothingIsExpanded() {
        byte[] xxe = fixtureWith("<Pasientliste xmlns", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "\n<Pasientliste xmlns");

        assertThatThrownBy(() -> PasientlisteReader.read(xxe)).isInstanceOf(InvalidPasientlisteException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void aCountThatDoesNotMatchThePatientsIsAnError() {
        assertThatThrownBy(() -> PasientlisteReader.read(fixtureWith("<Antall>3</Antall>", "<Antall>4</Antall>")))
                .hasMessageContaining("Antall says 4 patients, the list has 3");
    }

    @Test
    void aMissingRequiredElementIsNamedWithItsLineButNoPersonalData() {
        assertThatThrownBy(() -> PasientlisteReader.read(fixtureWith("<PasientFOMDato>2024-03-04</PasientFOMDato>",
                "")))
                .hasMessageContaining("Pasient has no PasientFOMDato")
                .hasMessageMatching("line \\d+: .*")
                .hasMessageNotContaining("15899222226");
    }

    @Test
    void anotherDocumentOrTheDisketteFormatIsRefused() {
        assertThatThrownBy(() -> PasientlisteReader.read("<FastlegeSvar xmlns=\"urn:x\"/>".getBytes()))
                .hasMessageContaining("not a Pasientliste");
        assertThatThrownBy(() -> PasientlisteReader.read(fixtureWith("<Pasienter>",
                "<Diskettformat>QUJD</Diskettformat><Pasienter>"))).hasMessageContaining("diskette format");
    }
}
