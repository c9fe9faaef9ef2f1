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
 * CLI and in a test. The enforcer bans the dependencies; this test catches an import that would need them.
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

    @Test
    void neitherCamelNorSpringIsOnTheModulesClassPath() {
        assertThat(loadable("org.apache.camel.CamelContext")).isFalse();
        assertThat(loadable("org.springframework.context.ApplicationContext")).isFalse();
    }

    private static boolean importsCamelOrSpring(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim)
                    .anyMatch(line -> line.startsWith("import org.apache.camel") || line.startsWith("import org.springframework"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, StaysPlainJavaTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
