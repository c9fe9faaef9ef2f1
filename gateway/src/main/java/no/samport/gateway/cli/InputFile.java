package no.samport.gateway.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samport.gateway.support.MessageSyntax;

/**
 * A file given on the command line and what it holds: KITH XML, or a FHIR resource as JSON or XML (told by the first
 * character, and for XML by the FHIR namespace near the start).
 *
 * @param path  the file
 * @param bytes its content
 */
record InputFile(Path path, byte[] bytes) {


    /** Reads a file; a usage error when it is missing or unreadable. */
    static InputFile read(Path path) throws UsageException {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("No file " + path + ".");
        }
        try {
            return new InputFile(path, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UsageException("Cannot read " + path + ": " + e.getMessage());
        }
    }

    MessageSyntax kind() {
        return MessageSyntax.of(bytes);
    }

    /** The file name, for messages. */
    String name() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
