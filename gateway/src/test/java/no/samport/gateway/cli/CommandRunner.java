package no.samport.gateway.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samport.testfixtures.Fixtures;

/** Runs the command line in-process, as {@code java -jar samport.jar ...} would, and keeps what it printed. */
final class CommandRunner {

    /** What one run gave. */
    record Run(int exitCode, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private final Cli cli = new Cli(List.of(new ConvertCommand(), new ValidateCommand()));
    private final Path dir;

    CommandRunner(Path dir) {
        this.dir = dir;
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** A fixture written to a file, as a user would have it. */
    String fixture(String scenario) {
        return file(scenario.substring(scenario.lastIndexOf('/') + 1), Fixtures.bytes(scenario));
    }

    String file(String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
