package no.samport.kith.pasientliste;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.samport.kith.KithSchemaValidator;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import no.samport.testfixtures.XmlAssertions;
import org.junit.jupiter.api.Test;

class PasientlisteWriterTest {

    static final String FIXTURE = "kith/pasientliste/1.0/fastlege-mars-med-tilgang-og-avgang.xml";

    static Pasientliste march() {
        return new Pasientliste("LE", YearMonth.of(2024, 3), "27946610017", null, "Ingrid Fjell", "5099", "Nidvik",
                "PI", List.of(
                new Pasientliste.Pasient(LocalDate.of(2011, 8, 1), null, null, null, "5099", null,
                        new Pasientliste.Person("Nilsen", null, "Berit Marie", LocalDate.of(1952, 8, 5), "2",
                                "05885230123", "FNR")),
                new Pasientliste.Pasient(LocalDate.of(2024, 3, 4), null, "OTVE", null, "5028", null,
                        new Pasientliste.Person("Testesen", null, "Olav", LocalDate.of(1992, 9, 15), "1",
                                "15899222226", "FNR")),
                new Pasientliste.Pasient(LocalDate.of(2019, 2, 1), LocalDate.of(2024, 3, 20), null, "OHUT", "5099",
                        null, new Pasientliste.Person("Kowalska", null, "Anna", LocalDate.of(1990, 5, 1), "2",
                        "41859050016", "DNR"))));
    }

    @Test
    void writesTheListAsTheFixtureSays() {
        XmlAssertions.assertSimilar(Fixtures.bytes(FIXTURE), PasientlisteWriter.write(march()));
    }

    @Test
    void whatItWritesReadsBackTheSame() throws Exception {
        Pasientliste read = PasientlisteReader.read(PasientlisteWriter.write(march()));

        assertThat(read).usingRecursiveComparison().isEqualTo(march());
        assertThat(read.antall()).isEqualTo(3);
    }

    @Test
    void whatItWritesIsValidAgainstTheOfficialSchema() {
        KithSchemaValidator validator = KithSchemaValidator.fromDirectory(SharedReferences.assumeKithSchemas());

        assertThat(validator.validate(PasientlisteWriter.write(march()))).isEmpty();
        assertThat(validator.validate(Fixtures.bytes(FIXTURE))).isEmpty();
    }

    @Test
    void aListWithoutDoctorNamesItsListNumberInsteadOfAGp() throws Exception {
        Pasientliste withoutDoctor = new Pasientliste("LU", YearMonth.of(2024, 3), null, "5099-031", null, "5099",
                null, "PI", List.of());

        byte[] xml = PasientlisteWriter.write(withoutDoctor);

        assertThat(PasientlisteReader.read(xml).listeNr()).isEqualTo("5099-031");
        SharedReferences.kithSchemasDir().ifPresent(dir ->
                assertThat(KithSchemaValidator.fromDirectory(dir).validate(xml)).isEmpty());
    }
}
