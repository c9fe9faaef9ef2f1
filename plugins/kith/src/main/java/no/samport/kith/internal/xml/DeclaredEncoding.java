package no.samport.kith.internal.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A frequent fault in messages from older systems: ISO-8859-1 bytes under a declaration that says UTF-8 (or no
 * declaration, which means UTF-8). Tells such input apart so a lenient read can decode it as ISO-8859-1.
 */
public final class DeclaredEncoding {

    private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final int HEAD = 200;

    private DeclaredEncoding() {
    }

    /** The input as ISO-8859-1 text, when it claims UTF-8 but is not valid UTF-8; empty otherwise. */
    public static Optional<String> misdeclaredIso88591(byte[] xml) {
        String head = new String(xml, 0, Math.min(HEAD, xml.length), StandardCharsets.ISO_8859_1);
        Matcher declaration = DECLARATION.matcher(head);
        String declared = declaration.find() ? declaration.group(1).strip().toUpperCase(Locale.ROOT) : "UTF-8";
        if (!"UTF-8".equals(declared) && !"UTF8".equals(declared) || isUtf8(xml)) {
            return Optional.empty();
        }
        return Optional.of(new String(xml, StandardCharsets.ISO_8859_1));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
