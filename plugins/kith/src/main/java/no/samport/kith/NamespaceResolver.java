package no.samport.kith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import javax.xml.XMLConstants;
import no.samport.kith.internal.xml.SecureXml;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves xs:import by namespace and xs:include inside the schema directory, never over the network (trap 1: the
 * schemaLocation hints do not match the directory layout, and xmldsig is imported by a W3C URL). A DTD a schema file
 * names (xmldsig's) resolves to nothing; its internal subset still applies.
 */
final class NamespaceResolver implements LSResourceResolver {

    private final Path directory;
    private final Map<String, Path> byNamespace;
    private final DOMImplementationLS ls =
            (DOMImplementationLS) SecureXml.newDocument().getImplementation().getFeature("LS", "3.0");

    NamespaceResolver(Path directory, Map<String, Path> byNamespace) {
        this.directory = directory.toAbsolutePath().normalize();
        this.byNamespace = byNamespace;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
                                   String baseURI) {
        LSInput input = ls.createLSInput();
        input.setPublicId(publicId);
        if (!XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type)) {
            input.setSystemId(systemId);
            input.setByteStream(new ByteArrayInputStream(new byte[0]));
            return input;
        }
        Path file = isInclude(namespaceURI, baseURI) ? included(systemId, baseURI) : byNamespace.get(namespaceURI);
        if (file == null) {
            throw new IllegalArgumentException("A schema imports the namespace " + namespaceURI + " (location hint "
                    + systemId + "), but no .xsd file in " + directory + " has that targetNamespace");
        }
        // only the file's URI: the parser opens (and closes) it when it really loads that namespace
        input.setSystemId(file.toUri().toString());
        return input;
    }

    private boolean isInclude(String namespaceURI, String baseURI) {
        Path base = toPath(baseURI);
        return base != null && base.equals(byNamespace.get(namespaceURI == null ? "" : namespaceURI));
    }

    private Path included(String systemId, String baseURI) {
        Path base = toPath(baseURI);
        if (systemId == null || base == null || systemId.contains(":")) {
            return null;
        }
        Path file = base.resolveSibling(systemId).normalize();
        return file.startsWith(directory) && Files.isRegularFile(file) ? file : null;
    }

    private static Path toPath(String uri) {
        if (uri == null || !uri.startsWith("file:")) {
            return null;
        }
        return Paths.get(URI.create(uri)).toAbsolutePath().normalize();
    }
}
