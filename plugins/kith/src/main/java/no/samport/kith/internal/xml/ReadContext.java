package no.samport.kith.internal.xml;

import java.util.ArrayList;
import java.util.List;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.w3c.dom.Element;

/**
 * State of one decode: strict or lenient, and the deviations tolerated so far. Looks children up by namespace and
 * name; a child found by name in another namespace (the fk1 trap, STANDARDS.md §4) is a tolerated deviation.
 */
public final class ReadContext {

    private final boolean strict;
    private final List<String> warnings = new ArrayList<>();

    public ReadContext(boolean strict) {
        this.strict = strict;
    }

    public boolean isStrict() {
        return strict;
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A deviation from the standard: a warning in lenient mode, a T02 rejection in strict mode.
     *
     * @param what what deviates, without message content (no names, no identity numbers)
     */
    public void quirk(Element where, String what) throws MessageRejectedException {
        String text = what + " at " + Dom.where(where);
        if (strict) {
            throw new MessageRejectedException(AppRecError.T02, text + " (refused in strict mode)");
        }
        warnings.add(text);
    }

    /** Something the codec does not keep (lossy, but valid): a warning in both modes. */
    public void notKept(Element where, String what) {
        warnings.add(what + " at " + Dom.where(where) + " is not kept");
    }

    /** A T02 rejection: the message does not have the structure the standard requires. */
    public MessageRejectedException invalid(Element where, String what) {
        return new MessageRejectedException(AppRecError.T02, what + " at " + Dom.where(where));
    }

    /** The children with this name; in another namespace only as a tolerated deviation. */
    public List<Element> all(Element parent, String namespace, String name) throws MessageRejectedException {
        List<Element> exact = new ArrayList<>();
        List<Element> misplaced = new ArrayList<>();
        for (Element child : Dom.children(parent)) {
            if (name.equals(Dom.localName(child))) {
                (namespace.equals(child.getNamespaceURI()) ? exact : misplaced).add(child);
            }
        }
        if (exact.isEmpty() && !misplaced.isEmpty()) {
            quirk(misplaced.get(0), name + " is in namespace " + misplaced.get(0).getNamespaceURI()
                    + " instead of " + namespace);
            return misplaced;
        }
        return exact;
    }

    /** The first child with this name, or null. */
    public Element child(Element parent, String namespace, String name) throws MessageRejectedException {
        List<Element> found = all(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The first child with this name; T02 when it is missing. */
    public Element required(Element parent, String namespace, String name) throws MessageRejectedException {
        Element child = child(parent, namespace, name);
        if (child == null) {
            throw invalid(parent, name + " is missing");
        }
        return child;
    }

    /** The trimmed text of a child, or null. */
    public String text(Element parent, String namespace, String name) throws MessageRejectedException {
        return Dom.text(child(parent, namespace, name));
    }

    /** The trimmed text of a required child; T02 when it is missing or empty. */
    public String requiredText(Element parent, String namespace, String name) throws MessageRejectedException {
        Element child = required(parent, namespace, name);
        String text = Dom.text(child);
        if (text == null) {
            throw invalid(child, name + " is empty");
        }
        return text;
    }
}
