package no.samport.kith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Which XSD file in a directory defines which target namespace (trap 1: resolve by namespace, not by location). */
final class SchemaCatalogue {

    private SchemaCatalogue() {
    }

    /** Target namespace to file, for every {@code *.xsd} below the directory. */
    static Map<String, Path> scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The KITH schema directory " + directory + " does not exist");
        }
        Map<String, Path> byNamespace = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".xsd")).sorted().forEach(file -> {
                String namespace = targetNamespace(file);
                Path earlier = byNamespace.putIfAbsent(namespace, file);
                if (earlier != null) {
                    throw new IllegalArgumentException("Two schema files define the namespace " + namespace + ": "
                            + earlier + " and " + file + "; keep one of them in " + directory);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the KITH schema directory " + directory, e);
        }
        if (byNamespace.isEmpty()) {
            throw new IllegalArgumentException("The KITH schema directory " + directory + " holds no .xsd file");
        }
        return byNamespace;
    }

    private static String targetNamespace(Path file) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        String namespace = reader.getAttributeValue(null, "targetNamespace");
                        return namespace == null ? "" : namespace;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalArgumentException("Cannot read the schema file " + file + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("The schema file " + file + " has no root element");
    }
}
