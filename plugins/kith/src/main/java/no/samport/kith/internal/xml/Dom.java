package no.samport.kith.internal.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small read helpers over a DOM built by {@link SecureXml}: children by name, text, attributes, positions. */
public final class Dom {

    private static final String LINE = "samport.line";
    private static final String COLUMN = "samport.column";

    private Dom() {
    }

    static void setPosition(Element element, int line, int column) {
        element.setUserData(LINE, line, null);
        element.setUserData(COLUMN, column, null);
    }

    /** The line the element starts on, or 0 when unknown. */
    public static int line(Element element) {
        return element.getUserData(LINE) instanceof Integer line ? line : 0;
    }

    /** The element's child elements, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Whether the node is an element with this namespace and local name. */
    public static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element element && localName.equals(localName(element))
                && namespace.equals(element.getNamespaceURI());
    }

    /** The local name (without prefix) of an element. */
    public static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
    }

    /** The element's trimmed text content, or null when it has none. */
    public static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** An attribute's value, or null when it is absent. */
    public static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** The element's path from the root, e.g. {@code /MsgHead/MsgInfo/Sender/Organisation}. */
    public static String path(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            path.insert(0, "/" + localName(e));
        }
        return path.toString();
    }

    /** Path and line, for messages: {@code /MsgHead/MsgInfo/MsgId (line 7)}. */
    public static String where(Element element) {
        int line = line(element);
        return line > 0 ? path(element) + " (line " + line + ")" : path(element);
    }
}
