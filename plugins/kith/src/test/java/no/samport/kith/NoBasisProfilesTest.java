package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.SharedReferences;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resources the codec produces conform to the HL7 Norway no-basis profiles that apply to them. The profiles in
 * ../shared/fhir/no-basis come without snapshots; SnapshotGeneratingValidationSupport generates them.
 * Three do not apply, because KITH does not carry what they require: {@code kommunikasjonspart-Organization} (an
 * Adresseregisteret party with exactly one identifier, a type, a parent and an endpoint), {@code no-basis-Medication}
 * (a FEST medication id and a form; an Epikrise DrugId is ATC) and {@code no-basis-AllergyIntolerance} (a coded
 * reaction; a CAVE entry is free text).
 */
class NoBasisProfilesTest {

    private static final String BASE = "http://hl7.no/fhir/StructureDefinition/no-basis-";
    private static final Map<String, String> PROFILES = Map.of(
            "Patient", BASE + "Patient", "Practitioner", BASE + "Practitioner",
            "PractitionerRole", BASE + "PractitionerRole", "Organization", BASE + "Organization",
            "Composition", BASE + "Composition", "MedicationStatement", BASE + "MedicationStatement",
            "RelatedPerson", BASE + "RelatedPerson",
            "Person", BASE + "Person");
    private static final FhirContext FHIR = FhirContext.forR4();
    private static FhirValidator validator;

    private final KithCodec codec = new KithCodec();

    @BeforeAll
    static void loadProfiles() throws IOException {
        Path noBasis = SharedReferences.sharedDir().map(dir -> dir.resolve("fhir/no-basis"))
                .filter(Files::isDirectory).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(noBasis != null,
                "../shared not found: skipping validation against the no-basis profiles");
        PrePopulatedValidationSupport profiles = new PrePopulatedValidationSupport(FHIR);
        try (Stream<Path> files = Files.walk(noBasis)) {
            files.filter(f -> f.toString().endsWith(".xml")).forEach(f -> profiles.addResource(parse(f)));
        }
        ValidationSupportChain chain = new ValidationSupportChain(profiles, new DefaultProfileValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    static Stream<String> validFixtures() {
        return KithTestSupport.VALID_FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("validFixtures")
    void every_resource_a_no_basis_profile_covers_conforms_to_it(String fixture) throws Exception {
        Bundle bundle = codec.decode(Fixtures.bytes(fixture)).bundle();
        int claimed = claimProfiles(bundle);

        List<String> errors = validator.validateWithResult(bundle).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();

        assertThat(claimed).as("resources the profiles cover").isPositive();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("officialExamples")
    void the_resources_of_the_official_examples_conform_too(String example) throws Exception {
        Bundle bundle = codec.decode(Files.readAllBytes(SharedReferences.assumeExample(example))).bundle();
        claimProfiles(bundle);

        assertThat(validator.validateWithResult(bundle).getMessages()).filteredOn(
                m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).isEmpty();
    }

    static Stream<String> officialExamples() {
        return KithTestSupport.OFFICIAL_EXAMPLES.stream();
    }

    /** Claims the matching no-basis profile in meta.profile of every covered entry, documents included. */
    private static int claimProfiles(Bundle bundle) {
        int claimed = 0;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource instanceof Bundle inner) {
                claimed += claimProfiles(inner);
            } else if (PROFILES.containsKey(resource.fhirType())) {
                resource.getMeta().addProfile(PROFILES.get(resource.fhirType()));
                claimed++;
            }
        }
        return claimed;
    }

    private static IBaseResource parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FHIR.newXmlParser().parseResource(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
