package no.samport.testfixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference folder beside the project ({@code ../shared}: official KITH schemas and examples). Found through the
 * system property {@code samport.shared.dir}, else by walking up from the working directory looking for a
 * {@code shared} folder. Tests that need it skip, saying why, when it is absent: the product builds without it.
 */
public final class SharedReferences {

    /** System property naming the shared folder explicitly. */
    public static final String PROPERTY = "samport.shared.dir";

    private SharedReferences() {
    }

    /** The shared folder, if present. */
    public static Optional<Path> sharedDir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared");
            if (Files.isDirectory(candidate.resolve("kith-schemas")) || Files.isDirectory(candidate.resolve("examples"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** {@code shared/kith-schemas}, if present. */
    public static Optional<Path> kithSchemasDir() {
        return sharedDir().map(dir -> dir.resolve("kith-schemas")).filter(Files::isDirectory);
    }

    /** {@code shared/examples}, if present. */
    public static Optional<Path> examplesDir() {
        return sharedDir().map(dir -> dir.resolve("examples")).filter(Files::isDirectory);
    }

    /** The official KITH schema folder; skips the calling test when it is absent. */
    public static Path assumeKithSchemas() {
        Optional<Path> dir = kithSchemasDir();
        Assumptions.assumeTrue(dir.isPresent(),
                "../shared not found: skipping conformance check against the official KITH schemas");
        return dir.get();
    }

    /** An official example file; skips the calling test when it is absent. */
    public static Path assumeExample(String fileName) {
        Optional<Path> file = examplesDir().map(dir -> dir.resolve(fileName)).filter(Files::isRegularFile);
        Assumptions.assumeTrue(file.isPresent(),
                "../shared not found: skipping the round trip of the official example " + fileName);
        return file.get();
    }
}
