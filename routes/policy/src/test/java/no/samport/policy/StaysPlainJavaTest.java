package no.samport.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * routes/policy never imports Camel or Spring (ARCHITECTURE.md §2): the engine runs the same in the pipeline, in the
 * CLI and in a test. The enforcer (execution policy-stays-plain-java) bans them from the module's compile and runtime
 * class path; this test catches an import of them in its sources. (Its test class path may hold them: test-fixtures
 * carries the adapter TCK.)
 */
class StaysPlainJavaTest {

    @Test
    void noSourceFileOfTheModuleImportsCamelOrSpring() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(StaysPlainJavaTest::importsCamelOrSpring)
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean importsCamelOrSpring(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .anyMatch(line -> line.startsWith("import org.apache.camel") || line.startsWith("import org.springframework"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
