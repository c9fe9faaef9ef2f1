package no.samport.gateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file given on the command line and what it holds: KITH XML, or a FHIR resource as JSON or XML (told by the first
 * character, and for XML by the FHIR namespace near the start).
 *
 * @param path  the file
 * @param bytes its content
 */
record InputFile(Path path, byte[] bytes) {

    /** What a file holds. */
    enum Kind { KITH_XML, FHIR_JSON, FHIR_XML }

    private static final String FHIR_NAMESPACE = "http://hl7.org/fhir";
    private static final int SNIFF = 2048;

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

    Kind kind() {
        String head = new String(bytes, 0, Math.min(SNIFF, bytes.length), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").strip();
        if (head.startsWith("{")) {
            return Kind.FHIR_JSON;
        }
        String root = head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "").strip();
        int end = root.indexOf('>');
        String start = end < 0 ? root : root.substring(0, end);
        return start.contains("\"" + FHIR_NAMESPACE + "\"") || start.contains("'" + FHIR_NAMESPACE + "'")
                ? Kind.FHIR_XML : Kind.KITH_XML;
    }

    /** The file name, for messages. */
    String name() {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
