package no.samport.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.samport.testfixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands in the packaged jar, run as a user runs them ({@code java -jar samport.jar ...}): they answer without
 * starting the gateway (no Spring context, no broker, no database: nothing is written under {@code ./data}).
 */
class CommandLineJarIT {

    private static final Path JAR = Path.of("target", "samport.jar").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofMinutes(1);

    @TempDir
    Path workDir;

    @Test
    void convert_runs_from_the_jar_without_starting_the_gateway() throws Exception {
        Path message = Files.write(workDir.resolve("notat.xml"),
                Fixtures.bytes("kith/dialogmelding/1.0/notat-fastlege-til-hjemmetjenesten.xml"));

        Result result = java("convert", "--to", "fhir", message.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).startsWith("{").contains("\"resourceType\": \"Bundle\"");
        assertThat(result.stderr()).doesNotContain("Started SamportApplication", "INFO");
        assertThat(workDir.resolve("data")).doesNotExist();
    }

    @Test
    void validate_runs_from_the_jar_and_exits_with_1_for_an_invalid_message() throws Exception {
        Path message = Files.write(workDir.resolve("feil.xml"), Fixtures.bytes("kith/invalid/feil-fodselsnummer.xml"));

        Result result = java("validate", message.toString());

        assertThat(result.exitCode()).isEqualTo(CliCommand.FINDINGS);
        assertThat(result.stdout()).contains("ERROR   E31").contains("feil.xml: INVALID");
        assertThat(workDir.resolve("data")).doesNotExist();
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package builds it before the integration tests)").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("samport.jar " + String.join(" ", args) + " did not finish within " + LIMIT);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
