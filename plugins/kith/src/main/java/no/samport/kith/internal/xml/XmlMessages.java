package no.samport.kith.internal.xml;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes parser and validator messages safe to store and send: quoted values are replaced by {@code '…'} unless the
 * quote names an element, attribute or type, so a message never carries a patient's name or identity number.
 */
public final class XmlMessages {

    private static final Pattern QUOTED = Pattern.compile("([^\\s'\"]+)?(\\s*)(['\"])((?:(?!\\3).)*)\\3");
    private static final Set<String> NAMING_WORDS = Set.of("element", "attribute", "type", "of", "for", "end-tag");

    private XmlMessages() {
    }

    /** The message with every quoted value that is not a name redacted. */
    public static String sanitize(String message) {
        if (message == null) {
            return "";
        }
        Matcher matcher = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String before = matcher.group(1) == null ? "" : matcher.group(1);
            boolean names = !matcher.group(2).isEmpty() && NAMING_WORDS.contains(before.toLowerCase());
            String quote = matcher.group(3);
            String kept = names ? matcher.group(4) : "…";
            matcher.appendReplacement(out, Matcher.quoteReplacement(before + matcher.group(2) + quote + kept + quote));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
