package no.samport.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.samport.testfixtures.Fixtures;
import no.samport.testfixtures.XmlAssertions;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** {@code convert}: KITH to FHIR JSON and back, the version asked for, and clear refusals with exit codes 0/1/2. */
class ConvertCommandTest {

    private static final String FORESPORSEL = "kith/dialogmelding/1.0/foresporsel-hjemmesykepleie-om-resept.xml";
    private static final String HELSEFAGLIG = "kith/dialogmelding/1.1/helsefaglig-dialog-med-vedlegg.xml";
    private static final String TILKNYTTET_ENHET = "kith/dialogmelding/1.1/helsefaglig-svar-med-tilknyttet-enhet.xml";

    @TempDir
    Path dir;
    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(dir);
    }

    @Test
    void a_kith_message_is_printed_as_a_fhir_message_bundle_in_json() {
        CommandRunner.Run run = cli.run("convert", "--to", "fhir", cli.fixture(FORESPORSEL));

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
        Bundle bundle = FhirSupport.R4.newJsonParser().parseResource(Bundle.class, run.out());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        assertThat(bundle.getIdentifier().getValue()).isEqualTo("3c6f0d2e-8a41-4b7e-9d2a-5e1f7c9b2a10");
    }

    @Test
    void the_fhir_json_converts_back_to_a_similar_kith_message() {
        String json = cli.file("foresporsel.json", cli.run("convert", "--to", "fhir", cli.fixture(FORESPORSEL)).stdout());

        CommandRunner.Run back = cli.run("convert", "--to", "kith", json);

        assertThat(back.exitCode()).isZero();
        XmlAssertions.assertSimilar(Fixtures.bytes(FORESPORSEL), back.stdout());
    }

    @Test
    void a_fhir_bundle_in_xml_is_read_too() {
        Bundle bundle = FhirSupport.R4.newJsonParser().parseResource(Bundle.class,
                cli.run("convert", "--to", "fhir", cli.fixture(FORESPORSEL)).out());
        String xml = cli.file("foresporsel.fhir.xml", FhirSupport.R4.newXmlParser().encodeResourceToString(bundle));

        assertThat(cli.run("convert", "--to", "kith", xml).exitCode()).isZero();
    }

    @Test
    void version_1_0_converts_a_helsefaglig_dialog_that_loses_nothing() {
        String json = cli.file("helsefaglig.json", cli.run("convert", "--to", "fhir", cli.fixture(HELSEFAGLIG)).stdout());

        CommandRunner.Run run = cli.run("convert", "--to", "kith", "--version", "1.0", json);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<Dialogmelding xmlns=\"http://www.kith.no/xmlstds/dialog/2006-10-11\">");
    }

    @Test
    void version_1_0_refuses_with_the_reason_when_the_message_would_lose_content() {
        String json = cli.file("svar.json", cli.run("convert", "--to", "fhir", cli.fixture(TILKNYTTET_ENHET)).stdout());

        CommandRunner.Run run = cli.run("convert", "--to", "kith", "--version", "1.0", json);

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("T10").contains("without losing TilknyttetEnhet");
    }

    @Test
    void iso_8859_1_is_written_and_declared_when_asked() {
        String json = cli.file("foresporsel.json", cli.run("convert", "--to", "fhir", cli.fixture(FORESPORSEL)).stdout());

        CommandRunner.Run run = cli.run("convert", "--to", "kith", "--charset", "ISO-8859-1", json);

        assertThat(new String(run.stdout(), StandardCharsets.ISO_8859_1)).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
                .contains("Forespørsel");
    }

    @Test
    void deviations_are_warnings_on_stderr_and_strict_refuses_them() {
        String quirks = cli.fixture("kith/quirks/padded-her-typeid.xml");

        CommandRunner.Run lenient = cli.run("convert", "--to", "fhir", quirks);
        CommandRunner.Run strict = cli.run("convert", "--to", "fhir", "--strict", quirks);

        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.stderr()).contains("warning: TypeId/@V has surrounding whitespace");
        assertThat(strict.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(strict.stderr()).contains("T02").contains("refused in strict mode");
    }

    @Test
    void a_refused_message_gets_its_code_and_location_on_stderr_without_patient_data() {
        CommandRunner.Run run = cli.run("convert", "--to", "fhir", cli.fixture("kith/invalid/feil-fodselsnummer.xml"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("E31").contains("/MsgHead/MsgInfo/Patient/Ident").doesNotContain("Exception")
                .doesNotContainPattern("\\d{11}");
    }

    @Test
    void a_file_that_is_not_xml_is_t01() {
        CommandRunner.Run run = cli.run("convert", "--to", "fhir", cli.fixture("kith/invalid/not-xml.txt"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.stderr()).contains("T01");
    }

    @Test
    void broken_fhir_json_is_refused_with_what_is_wrong() {
        CommandRunner.Run run = cli.run("convert", "--to", "kith",
                cli.file("broken.json", "{\"resourceType\": \"Bundle\", \"type\": \"message\", \"entry\": [ {"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.stderr()).contains("broken.json").contains("not readable as FHIR R4").doesNotContain("\tat ");
    }

    @Test
    void a_fhir_resource_that_is_not_a_message_bundle_is_refused() {
        CommandRunner.Run run = cli.run("convert", "--to", "kith",
                cli.file("patient.json", "{\"resourceType\": \"Patient\", \"active\": true}"));

        assertThat(run.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(run.stderr()).contains("a Patient is not a message Bundle");
    }

    @Test
    void usage_errors_exit_with_2_and_the_usage() {
        String fixture = cli.fixture(FORESPORSEL);

        assertThat(cli.run("convert", fixture).exitCode()).isEqualTo(CliCommand.USAGE);
        assertThat(cli.run("convert", "--to", "pdf", fixture).stderr()).contains("--to fhir or --to kith");
        assertThat(cli.run("convert", "--to", "fhir", "--fast", fixture).stderr()).contains("Unknown option --fast");
        assertThat(cli.run("convert", "--to", "fhir", dir.resolve("missing.xml").toString()).stderr()).contains("No file");
        assertThat(cli.run("convert", "--to", "kith", "--version", "2.0", fixture).exitCode()).isEqualTo(CliCommand.USAGE);
        assertThat(cli.run("convert", "--to", "kith", fixture).stderr()).contains("is not FHIR");
    }
}
