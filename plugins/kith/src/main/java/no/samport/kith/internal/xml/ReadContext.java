package no.samport.kith.internal.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.w3c.dom.Element;

/**
 * State of one decode: strict or lenient, and the deviations tolerated so far. Looks children up by namespace and
 * name; a child found by name in another namespace (the fk1 trap, STANDARDS.md §4) is a tolerated deviation. Every
 * element a reader looks up is remembered, so that {@link #reportUnknown} can name the elements no reader knew.
 */
public final class ReadContext {

    private final boolean strict;
    private final List<String> warnings = new ArrayList<>();
    private final Set<Element> recognized = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> opaque = Collections.newSetFromMap(new IdentityHashMap<>());

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
        opaque(where);
        warnings.add(what + " at " + Dom.where(where) + " is not kept");
    }

    /** Marks an element a reader found without looking it up by name (a root, a body) as known. */
    public void recognize(Element element) {
        recognized.add(element);
    }

    /** Marks an element whose content is read as a whole (markup, base64, a signature): its children are not checked. */
    public void opaque(Element element) {
        recognized.add(element);
        opaque.add(element);
    }

    /**
     * Reports every element below {@code root} that no reader looked up: unknown extra elements are a deviation
     * (warning in lenient mode, T02 in strict mode). Below an unknown element nothing more is reported.
     */
    public void reportUnknown(Element root) throws MessageRejectedException {
        recognized.add(root);
        for (Element child : Dom.children(root)) {
            if (!recognized.contains(child)) {
                quirk(child, "Unknown element {" + (child.getNamespaceURI() == null ? "" : child.getNamespaceURI())
                        + "}" + Dom.localName(child) + " (not in the standard; its content is not read)");
            } else if (!opaque.contains(child)) {
                reportUnknown(child);
            }
        }
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
            recognized.addAll(misplaced);
            return misplaced;
        }
        recognized.addAll(exact);
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
