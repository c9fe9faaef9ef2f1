package no.samport.kith.internal.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The StAX side of {@link KithXmlWriter}: opens and closes elements with the namespace declarations they need and
 * indents element-only content (never inside mixed content).
 */
final class ScopedXmlStream {

    @FunctionalInterface
    interface XmlAction {
        void run() throws XMLStreamException;
    }

    private final XMLStreamWriter out;
    private final boolean indent;
    private final NamespaceScopes scopes = new NamespaceScopes();
    private int mixedDepth;
    private int prefixCounter;

    ScopedXmlStream(XMLStreamWriter out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    XMLStreamWriter out() {
        return out;
    }

    void open(String namespace, String localName, boolean empty) {
        String ns = namespace == null ? "" : namespace;
        call(() -> {
            newLine(true);
            String prefix = scopes.prefixFor(ns);
            if (empty) {
                out.writeEmptyElement(prefix == null ? "" : prefix, localName, ns);
            } else {
                out.writeStartElement(prefix == null ? "" : prefix, localName, ns);
            }
            NamespaceScopes.Scope scope = scopes.push(empty);
            if (prefix == null) {
                out.writeDefaultNamespace(ns);
                scopes.declareDefault(scope, ns);
            }
        });
    }

    void declare(String prefix, String namespace) {
        call(() -> {
            out.writeNamespace(prefix, namespace);
            scopes.declarePrefix(prefix, namespace);
        });
    }

    /** A namespaced attribute; a prefix is declared on the open element when the namespace has none. */
    void attribute(String namespace, String localName, String value) {
        String known = scopes.prefixFor(namespace);
        String prefix = known == null || known.isEmpty()
                ? (KithNamespaces.XSI.equals(namespace) ? "xsi" : "ns" + (++prefixCounter)) : known;
        if (!prefix.equals(known)) {
            declare(prefix, namespace);
        }
        call(() -> out.writeAttribute(prefix, namespace, localName, value));
    }

    void close() {
        NamespaceScopes.Scope scope = scopes.pop();
        if (!scope.empty()) {
            call(() -> {
                if (scope.endsOnNewLine()) {
                    newLine(false);
                }
                out.writeEndElement();
            });
        }
    }

    /** Runs a copy of mixed content: the open element and everything inside is left unindented. */
    void mixed(Runnable copy) {
        scopes.markMixed();
        mixedDepth++;
        try {
            copy.run();
        } finally {
            mixedDepth--;
        }
    }

    private void newLine(boolean opening) throws XMLStreamException {
        if (indent && mixedDepth == 0 && !(opening && scopes.isEmpty())) {
            out.writeCharacters("\n" + "  ".repeat(scopes.depth()));
        }
    }

    void call(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML: " + e.getMessage(), e);
        }
    }
}
