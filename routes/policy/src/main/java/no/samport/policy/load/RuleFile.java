package no.samport.policy.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule file to read: a file on disk or a class-path resource ({@code classpath:policy/...yaml}). A folder stands for
 * every {@code *.yaml} file in it, in name order.
 */
public record RuleFile(String name, Opener opener) {

    /** Opens the file's text. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static final String CLASSPATH = "classpath:";

    public Reader reader() throws IOException {
        return new InputStreamReader(opener.open(), StandardCharsets.UTF_8);
    }

    /** The files a configured location names. */
    public static List<RuleFile> at(String location) {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            return List.of(new RuleFile(location, () -> {
                InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("no class-path resource " + resource);
                }
                return in;
            }));
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".yaml")
                                || f.getFileName().toString().endsWith(".yml"))
                        .sorted()
                        .map(RuleFile::of)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the rule folder " + path, e);
            }
        }
        return List.of(of(path));
    }

    public static RuleFile of(Path path) {
        return new RuleFile(path.toString(), () -> Files.newInputStream(path));
    }
}
