package no.samport.gateway.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on Samport's data directory when an earlier Samport process was killed (it runs
 * in a process of its own). It holds the directory, so it is shut down before the embedded database starts again.
 * Only a postgres process whose command line names this very directory is touched.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    private LeftoverPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> leftover = find(dataDirectory);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier Samport run still holds {}; shutting it down",
                postmaster.pid(), dataDirectory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("The PostgreSQL server (pid " + postmaster.pid() + ") holding " + dataDirectory
                    + " did not shut down within 60 s; stop it by hand and start Samport again", e);
        }
    }

    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        String directory = dataDirectory.toAbsolutePath().normalize().toString();
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine()
                        .map(command -> command.contains("postgres") && command.contains(directory))
                        .orElse(false));
    }
}
