package no.samport.plugin.api.ident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FodselsnummerTest {

    @Test
    void acceptsTheWorkedExampleFromTheStandard() {
        assertThat(Fodselsnummer.parse("13116900216")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(Fodselsnummer.Kind.FNR);
            assertThat(f.value()).isEqualTo("13116900216");
        });
    }

    @Test
    void recognisesADNummerByItsFirstDigit() {
        // day 13 + 40, individual number 000, check digits computed by hand with the mod-11 weights
        assertThat(Fodselsnummer.parse("53116900048")).hasValueSatisfying(f -> assertThat(f.kind()).isEqualTo(Fodselsnummer.Kind.DNR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13116900217", "13116900226", "1311690021", "131169002166", "1311690021a", "", "   "})
    void rejectsWrongCheckDigitsAndWrongLengths(String candidate) {
        assertThat(Fodselsnummer.parse(candidate)).isEmpty();
    }

    @Test
    void neverPrintsTheNumber() {
        assertThat(Fodselsnummer.parse("13116900216").orElseThrow().toString()).doesNotContain("13116900216");
    }

    @Test
    void toleratesSurroundingWhitespace() {
        assertThat(Fodselsnummer.parse(" 13116900216 ")).isPresent();
    }
}
