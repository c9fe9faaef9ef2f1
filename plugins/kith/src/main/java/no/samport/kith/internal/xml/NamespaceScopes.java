package no.samport.kith.internal.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The open elements of a {@link KithXmlWriter}: namespaces in scope and what each element has held so far. */
final class NamespaceScopes {

    /** One open element. */
    static final class Scope {
        private final Map<String, String> prefixes = new HashMap<>();
        private String defaultNamespace;
        private boolean hasChildElements;
        private boolean mixed;
        private final boolean empty;

        Scope(boolean empty) {
            this.empty = empty;
        }

        boolean empty() {
            return empty;
        }

        /** Whether the end tag goes on its own, indented line (element-only content). */
        boolean endsOnNewLine() {
            return hasChildElements && !mixed;
        }
    }

    private final Deque<Scope> scopes = new ArrayDeque<>();

    boolean isEmpty() {
        return scopes.isEmpty();
    }

    int depth() {
        return scopes.size();
    }

    /** Opens a scope; the parent now has child elements. */
    Scope push(boolean empty) {
        if (!scopes.isEmpty()) {
            scopes.peek().hasChildElements = true;
        }
        Scope scope = new Scope(empty);
        scopes.push(scope);
        return scope;
    }

    Scope pop() {
        return scopes.pop();
    }

    /** Marks the open element as holding mixed content (no indentation inside). */
    void markMixed() {
        if (!scopes.isEmpty()) {
            scopes.peek().mixed = true;
        }
    }

    void declareDefault(Scope scope, String namespace) {
        scope.defaultNamespace = namespace;
    }

    void declarePrefix(String prefix, String namespace) {
        scopes.element().prefixes.put(prefix, namespace);
    }

    /**
     * The prefix to use for a namespace: "" when it is the default namespace in scope, a declared prefix, or null
     * when the namespace is not in scope.
     */
    String prefixFor(String namespace) {
        String declaredPrefix = declaredPrefix(namespace);
        if (declaredPrefix != null) {
            return declaredPrefix;
        }
        for (Scope scope : scopes) {
            if (scope.defaultNamespace != null) {
                return scope.defaultNamespace.equals(namespace) ? "" : null;
            }
        }
        return namespace.isEmpty() ? "" : null;
    }

    private String declaredPrefix(String namespace) {
        for (Scope scope : scopes) {
            for (Map.Entry<String, String> entry : scope.prefixes.entrySet()) {
                if (entry.getValue().equals(namespace)) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }
}
