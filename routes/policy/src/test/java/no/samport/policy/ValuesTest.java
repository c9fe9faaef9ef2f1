package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samport.plugin.api.fhir.Systems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** What a decision records of the values an input read: never a person's identity number. */
class ValuesTest {

    @Test
    void personIdentifiersAndNumbersShapedLikeThemAreMasked() {
        assertThat(Values.render(List.of(
                new Identifier().setSystem(Systems.FNR).setValue("12033841149"),
                new StringType("12033841149"),
                new StringType("DUF 201977123456 på mottaket"),
                new Identifier().setSystem(Systems.HER).setValue("8140116"))))
                .containsExactly(Systems.FNR + "|(masked)", "(masked)", "DUF (masked) på mottaket", Systems.HER + "|8140116");
    }

    @Test
    void codesAreRecordedWithTheirSystemAndLongTextsAreCut() {
        assertThat(Values.render(List.of(new Coding("urn:oid:2.16.578.1.12.4.1.1.9152", "6", "Fornye resept(er)"))))
                .containsExactly("urn:oid:2.16.578.1.12.4.1.1.9152|6");
        assertThat(Values.render(List.of(new StringType("x".repeat(500))))).singleElement()
                .satisfies(text -> assertThat(text).hasSize(121).endsWith("…"));
    }
}
