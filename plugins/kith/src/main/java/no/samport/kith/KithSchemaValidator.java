package no.samport.kith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import no.samport.kith.internal.xml.FailFastErrorHandler;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.kith.internal.xml.XmlMessages;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * Validates KITH messages against the official XSDs an operator keeps in a directory (Samport does not ship them).
 * All files form one schema, so the strict wildcard in {@code RefDoc/Content} knows every body namespace (trap 2).
 * Imports are resolved by namespace inside the directory and nothing is fetched over the network (trap 1).
 * Thread-safe: the compiled schema is shared, each call gets its own validator.
 */
public final class KithSchemaValidator {

    /** One validation error: where, and what (quoted values redacted, so no patient data). */
    public record SchemaError(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    private static final int MAX_ERRORS = 10;
    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private final Schema schema;
    private final Set<String> namespaces;

    private KithSchemaValidator(Schema schema, Set<String> namespaces) {
        this.schema = schema;
        this.namespaces = namespaces;
    }

    /**
     * Compiles every {@code *.xsd} below a directory into one schema.
     *
     * @throws IllegalArgumentException when the directory is missing, two files define one namespace, an import
     *                                  names a namespace no file defines, or a schema does not compile
     */
    public static KithSchemaValidator fromDirectory(Path directory) {
        Map<String, Path> byNamespace = SchemaCatalogue.scan(directory);
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new NamespaceResolver(directory, byNamespace));
            factory.setErrorHandler(FailFastErrorHandler.INSTANCE);
            Schema schema = factory.newSchema(new StreamSource(new StringReader(umbrella(byNamespace.keySet())),
                    "urn:samport:kith-schemas"));
            return new KithSchemaValidator(schema, Set.copyOf(byNamespace.keySet()));
        } catch (SAXException e) {
            throw new IllegalArgumentException("The KITH schemas in " + directory + " do not compile: "
                    + e.getMessage(), e);
        }
    }

    private static String umbrella(Set<String> namespaces) {
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">");
        namespaces.stream().filter(ns -> !ns.isEmpty())
                .forEach(ns -> xsd.append("<xs:import namespace=\"").append(ns).append("\"/>"));
        return xsd.append("</xs:schema>").toString();
    }

    /** The target namespaces the schemas define. */
    public Set<String> namespaces() {
        return namespaces;
    }

    /** Whether a namespace is defined by one of the schemas. */
    public boolean knows(String namespace) {
        return namespaces.contains(namespace);
    }

    /** Validates a document; returns its first errors (at most ten), empty when it is valid. */
    public List<SchemaError> validate(byte[] xml) {
        Collector collector = new Collector();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            englishMessages(validator);
            validator.setErrorHandler(collector);
            validator.validate(new SAXSource(SecureXml.newXmlReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            collector.add(e);
        } catch (SAXException | IOException e) {
            collector.errors.add(new SchemaError(0, 0, XmlMessages.sanitize(e.getMessage())));
        }
        return List.copyOf(collector.errors);
    }

    private static void englishMessages(Validator validator) {
        try {
            validator.setProperty(LOCALE, Locale.ENGLISH);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // messages then follow the JVM's locale; quoted values are redacted either way
        }
    }

    private static final class Collector implements ErrorHandler {
        private final List<SchemaError> errors = new ArrayList<>();

        void add(SAXParseException e) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new SchemaError(e.getLineNumber(), e.getColumnNumber(), XmlMessages.sanitize(e.getMessage())));
            }
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a message invalid
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
