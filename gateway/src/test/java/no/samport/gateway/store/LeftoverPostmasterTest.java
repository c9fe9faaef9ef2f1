package no.samport.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverPostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    void findsNothingWhenNoServerRanHere() throws Exception {
        assertThat(LeftoverPostmaster.find(dataDirectory)).isEmpty();
    }

    @Test
    void neverTouchesALiveProcessThatIsNotAPostgresForThisDirectory() throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDirectory);

        assertThat(LeftoverPostmaster.find(dataDirectory)).isEmpty();
    }

    @Test
    void ignoresAPidFileOfAProcessThatIsGone() throws Exception {
        Process shortLived = new ProcessBuilder("true").start();
        shortLived.waitFor();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), shortLived.pid() + "\n");

        assertThat(LeftoverPostmaster.find(dataDirectory)).isEmpty();
    }

    @Test
    void ignoresAPidFileThatIsNotOne() throws Exception {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), "not a pid\n");

        assertThat(LeftoverPostmaster.find(dataDirectory)).isEmpty();
    }
}
