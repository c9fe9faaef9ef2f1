package no.samport.kith.pasientliste;

import static no.samport.kith.internal.xml.KithNamespaces.FK1;
import static no.samport.kith.pasientliste.Pasientliste.NAMESPACE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.kith.internal.xml.UnreadableXmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a HIS 1023:2010 Pasientliste with the hardened parser (no DOCTYPE, no entities, depth limit). Reads tolerantly
 * (element order), but a missing required element is an error naming the element and its line. Only the structured
 * format (Format PI, {@code Pasienter}) is read; a list in diskette format (DI) is refused.
 */
public final class PasientlisteReader {

    private static final int MAX_DEPTH = 32;

    private PasientlisteReader() {
    }

    public static Pasientliste read(byte[] xml) throws InvalidPasientlisteException {
        Document document;
        try {
            document = SecureXml.parse(xml, MAX_DEPTH);
        } catch (UnreadableXmlException e) {
            throw new InvalidPasientlisteException(e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!Dom.is(root, NAMESPACE, "Pasientliste")) {
            throw new InvalidPasientlisteException("The document is not a Pasientliste (HIS 1023:2010): its root is {"
                    + root.getNamespaceURI() + "}" + Dom.localName(root));
        }
        if (child(root, NAMESPACE, "Diskettformat").isPresent()) {
            throw new InvalidPasientlisteException("line " + Dom.line(root) + ": the list is in diskette format (DI); "
                    + "Samport reads the structured format (PI) only");
        }
        int monthNumber = integer(required(root, "GjelderManed"));
        LocalDate from = date(required(root, "ListeFOMDato"));
        YearMonth month = YearMonth.of(from.getYear(), monthNumber);
        Element kommune = required(root, "Kommune");
        List<Pasientliste.Pasient> patients = new ArrayList<>();
        Optional<Element> pasienter = child(root, NAMESPACE, "Pasienter");
        if (pasienter.isPresent()) {
            for (Element pasient : Dom.children(pasienter.get())) {
                if (Dom.is(pasient, NAMESPACE, "Pasient")) {
                    patients.add(pasient(pasient));
                }
            }
        }
        int antall = integer(required(root, "Antall"));
        if (antall != patients.size()) {
            throw new InvalidPasientlisteException("line " + Dom.line(root) + ": Antall says " + antall
                    + " patients, the list has " + patients.size());
        }
        return new Pasientliste(attribute(required(root, "ListeType"), "V"), month, text(root, "FnrLege"),
                text(root, "ListeNr"), text(root, "LegeNavn"), attribute(kommune, "V"),
                Dom.attribute(kommune, "DN"), attribute(required(root, "Format"), "V"), patients);
    }

    private static Pasientliste.Pasient pasient(Element pasient) throws InvalidPasientlisteException {
        Element person = required(pasient, "Person");
        String nin = null;
        String type = null;
        Optional<Element> ident = child(person, FK1, "Ident");
        if (ident.isPresent()) {
            nin = Dom.text(child(ident.get(), FK1, "Id").orElse(null));
            type = child(ident.get(), FK1, "TypeId").map(t -> Dom.attribute(t, "V")).map(String::strip).orElse(null);
        }
        String birth = Dom.text(child(person, FK1, "DateOfBirth").orElse(null));
        return new Pasientliste.Pasient(date(required(pasient, "PasientFOMDato")),
                child(pasient, NAMESPACE, "PasientTOMDato").map(Dom::text).map(PasientlisteReader::dateOrNull)
                        .orElse(null),
                child(pasient, NAMESPACE, "Endringskode").map(e -> Dom.attribute(e, "V")).orElse(null),
                child(pasient, NAMESPACE, "Avgangsarsak").map(e -> Dom.attribute(e, "V")).orElse(null),
                text(pasient, "NAVkontor"), text(pasient, "FnrHovedperson"),
                new Pasientliste.Person(fk1Text(person, "FamilyName"), fk1Text(person, "MiddleName"),
                        fk1Text(person, "GivenName"), birth == null ? null : dateOrNull(birth),
                        child(person, FK1, "Sex").map(e -> Dom.attribute(e, "V")).orElse(null), nin, type));
    }

    private static Optional<Element> child(Element parent, String namespace, String name) {
        return Dom.children(parent).stream().filter(e -> Dom.is(e, namespace, name)).findFirst();
    }

    private static Element required(Element parent, String name) throws InvalidPasientlisteException {
        Optional<Element> child = child(parent, NAMESPACE, name);
        if (child.isEmpty()) {
            throw new InvalidPasientlisteException("line " + Dom.line(parent) + ": " + Dom.localName(parent)
                    + " has no " + name);
        }
        return child.get();
    }

    private static String text(Element parent, String name) {
        return child(parent, NAMESPACE, name).map(Dom::text).orElse(null);
    }

    private static String fk1Text(Element parent, String name) {
        return child(parent, FK1, name).map(Dom::text).orElse(null);
    }

    private static String attribute(Element element, String name) throws InvalidPasientlisteException {
        String value = Dom.attribute(element, name);
        if (value == null || value.isBlank()) {
            throw new InvalidPasientlisteException("line " + Dom.line(element) + ": " + Dom.localName(element)
                    + " has no " + name);
        }
        return value.strip();
    }

    private static int integer(Element element) throws InvalidPasientlisteException {
        try {
            return Integer.parseInt(Dom.text(element));
        } catch (NumberFormatException e) {
            throw new InvalidPasientlisteException("line " + Dom.line(element) + ": " + Dom.localName(element)
                    + " is not a whole number");
        }
    }

    private static LocalDate date(Element element) throws InvalidPasientlisteException {
        LocalDate day = dateOrNull(Dom.text(element));
        if (day == null) {
            throw new InvalidPasientlisteException("line " + Dom.line(element) + ": " + Dom.localName(element)
                    + " is not a date (yyyy-mm-dd)");
        }
        return day;
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
