package no.samport.kith;

import static no.samport.kith.EpikriseDecodingTest.all;
import static no.samport.kith.EpikriseDecodingTest.composition;
import static no.samport.kith.KithTestSupport.EPIKRISE_HJEM_DAGEN_ETTER;
import static no.samport.kith.KithTestSupport.EPIKRISE_SYKEHJEM;
import static no.samport.kith.KithTestSupport.OFFICIAL_EPIKRISE;
import static no.samport.kith.KithTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.junit.jupiter.api.Test;

/**
 * Where a KITH code states a concept the task-sharing rules read (docs/policy/conventions.md), the decoded epikrise
 * carries that concept next to the KITH code (docs/mapping/epikrise.md, "Canonical concepts"), and nothing else.
 */
class EpikriseCanonicalConceptsTest {

    private static final String SECTION = "https://samport.no/fhir/CodeSystem/epikrise-section";
    private static final String CHANGE = "https://samport.no/fhir/StructureDefinition/medication-change";

    @Test
    void sections_whose_heading_or_type_states_a_part_of_the_epikrise_carry_that_part_after_the_kith_code()
            throws Exception {
        Map<String, String> conceptByKithCode = sections(decode(EPIKRISE_SYKEHJEM)).stream()
                .filter(s -> s.getCode().getCoding().size() == 2)
                .collect(Collectors.toMap(s -> s.getCode().getCoding().get(0).getCode(),
                        s -> s.getCode().getCoding().get(1).getSystem() + "|" + s.getCode().getCoding().get(1).getCode(),
                        (a, b) -> a));

        assertThat(conceptByKithCode).containsExactlyInAnyOrderEntriesOf(Map.of(
                "H", SECTION + "|diagnoser", "B", SECTION + "|diagnoser", "MEDB", SECTION + "|legemidler",
                "FO", SECTION + "|sammendrag", "OP", SECTION + "|plan"));
    }

    @Test
    void headings_without_a_canonical_part_keep_their_kith_code_alone() throws Exception {
        List<SectionComponent> uncoded = sections(decode(EPIKRISE_SYKEHJEM)).stream()
                .filter(s -> s.hasCode() && s.getCode().getCoding().size() == 1).toList();

        assertThat(uncoded).extracting(s -> s.getCode().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder("AI", "VU", "IP");
        assertThat(uncoded).allSatisfy(s -> assertThat(s.getCode().getCodingFirstRep().getSystem())
                .isEqualTo("urn:oid:2.16.578.1.12.4.1.1.8311"));
    }

    @Test
    void a_medicine_recommended_stopped_is_a_stop_and_no_other_status_is_read_as_a_change() throws Exception {
        List<MedicationStatement> medication = all(decode(EPIKRISE_HJEM_DAGEN_ETTER), MedicationStatement.class);

        assertThat(medication).extracting(m -> m.getExtensionByUrl(CHANGE) == null ? "-"
                : ((Coding) m.getExtensionByUrl(CHANGE).getValue()).getCode()).containsExactly("-", "-", "seponert");
    }

    @Test
    void the_discharge_destination_keeps_its_code_from_the_admoutcome_code_list() throws Exception {
        Coding outcome = all(decode(EPIKRISE_SYKEHJEM), Encounter.class).get(0).getHospitalization()
                .getDischargeDisposition().getCodingFirstRep();

        assertThat(outcome.getSystem() + "|" + outcome.getCode()).isEqualTo("urn:oid:2.16.578.1.12.4.1.1.7300|35");
        assertThat(outcome.getDisplay()).isEqualTo("Rehab. Inst./sykehjem");
    }

    @Test
    void the_concepts_are_not_written_back_so_the_epikrise_round_trips_unchanged() throws Exception {
        DecodedMessage decoded = decode(EPIKRISE_SYKEHJEM);
        byte[] written = new KithCodec().encode(decoded.bundle(),
                new EncodingPreferences(Set.of("epikrise-1.2"), StandardCharsets.UTF_8));

        assertThat(new String(written, StandardCharsets.UTF_8))
                .doesNotContain("epikrise-section").doesNotContain("seponert").contains("<Heading V=\"OP\"");
    }

    @Test
    void the_official_example_gets_its_diagnoses_medication_summary_and_plan_marked() throws Exception {
        DecodedMessage decoded = new KithCodec().decode(Files.readAllBytes(SharedReferences.assumeExample(OFFICIAL_EPIKRISE)));

        assertThat(sections(decoded)).flatExtracting(s -> s.getCode().getCoding())
                .filteredOn(c -> SECTION.equals(c.getSystem())).extracting(Coding::getCode)
                .containsOnly("diagnoser", "legemidler", "sammendrag", "plan")
                .contains("diagnoser", "legemidler", "sammendrag", "plan");
    }

    private static List<SectionComponent> sections(DecodedMessage decoded) {
        return composition(decoded).getSection().stream().flatMap(EpikriseCanonicalConceptsTest::withNested).toList();
    }

    private static Stream<SectionComponent> withNested(SectionComponent section) {
        return Stream.concat(Stream.of(section),
                section.getSection().stream().flatMap(EpikriseCanonicalConceptsTest::withNested));
    }
}
