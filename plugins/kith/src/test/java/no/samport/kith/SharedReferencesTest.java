package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.samport.testfixtures.SharedReferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedReferencesTest {

    private final String configured = System.getProperty(SharedReferences.PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (configured == null) {
            System.clearProperty(SharedReferences.PROPERTY);
        } else {
            System.setProperty(SharedReferences.PROPERTY, configured);
        }
    }

    @Test
    void the_system_property_names_the_shared_folder(@TempDir Path shared) throws Exception {
        Files.createDirectories(shared.resolve("kith-schemas"));
        System.setProperty(SharedReferences.PROPERTY, shared.toString());

        assertThat(SharedReferences.kithSchemasDir()).contains(shared.resolve("kith-schemas").toAbsolutePath());
        assertThat(SharedReferences.examplesDir()).isEmpty();
    }

    @Test
    void a_property_naming_a_missing_folder_means_absent(@TempDir Path dir) {
        System.setProperty(SharedReferences.PROPERTY, dir.resolve("nowhere").toString());

        assertThat(SharedReferences.sharedDir()).isEmpty();
        assertThat(SharedReferences.kithSchemasDir()).isEmpty();
    }
}
