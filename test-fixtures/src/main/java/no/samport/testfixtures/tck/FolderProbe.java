package no.samport.testfixtures.tck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The other side of a message-folder transport: a system that drops files in {@code in/} and reads {@code out/}
 * and {@code error/} under an endpoint's work directory. Reusable by any adapter built on folders.
 */
public final class FolderProbe implements TransportProbe {

    private final Path in;
    private final Path out;
    private final Path error;

    public FolderProbe(Path workDirectory) {
        this.in = workDirectory.resolve("in");
        this.out = workDirectory.resolve("out");
        this.error = workDirectory.resolve("error");
    }

    @Override
    public void offer(byte[] nativeMessage) throws IOException {
        Files.createDirectories(in);
        String name = "tck-" + UUID.randomUUID() + ".xml";
        Path temp = Files.write(in.resolve("." + name + ".tmp"), nativeMessage);
        Files.move(temp, in.resolve(name));
    }

    @Override
    public List<byte[]> delivered() throws IOException {
        return contents(out);
    }

    @Override
    public boolean stillWaiting(byte[] nativeMessage) throws IOException {
        return contents(in).stream().anyMatch(content -> Arrays.equals(content, nativeMessage));
    }

    /** Puts a plain file where the out-folder should be, so nothing can be written into it. */
    @Override
    public void breakOutbound() throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(out);
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, "not a folder");
    }

    @Override
    public boolean canBreakOutbound() {
        return true;
    }

    @Override
    public List<String> notices() throws IOException {
        return contents(error).stream().map(String::new).toList();
    }

    private static List<byte[]> contents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<byte[]> contents = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(FolderProbe::modified)).toList()) {
                contents.add(Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }
}
