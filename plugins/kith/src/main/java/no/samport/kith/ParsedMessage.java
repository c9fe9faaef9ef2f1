package no.samport.kith;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.samport.kith.internal.xml.DeclaredEncoding;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.kith.internal.xml.UnreadableXmlException;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import org.w3c.dom.Document;

/**
 * A message parsed by the hardened parser, and its bytes as the schema validator should read them. Unreadable input
 * is T01 (T99 when nested too deep); ISO-8859-1 bytes declared (or defaulting to) UTF-8 are read as ISO-8859-1 in
 * lenient mode, with a warning, and T01 in strict mode.
 */
record ParsedMessage(Document document, byte[] utf8OrAsDeclared) {

    static ParsedMessage parse(byte[] xml, KithCodecOptions options, ReadContext context)
            throws MessageRejectedException {
        try {
            return new ParsedMessage(SecureXml.parse(xml, options.maxElementDepth()), xml);
        } catch (UnreadableXmlException e) {
            if (e.reason() == UnreadableXmlException.Reason.NOT_WELL_FORMED) {
                Optional<String> latin1 = DeclaredEncoding.misdeclaredIso88591(xml);
                if (latin1.isPresent()) {
                    return new ParsedMessage(misdeclared(latin1.get(), options, context),
                            latin1.get().getBytes(StandardCharsets.UTF_8));
                }
            }
            throw rejection(e);
        }
    }

    private static Document misdeclared(String latin1, KithCodecOptions options, ReadContext context)
            throws MessageRejectedException {
        String what = "The message declares UTF-8 (or no encoding) but is not valid UTF-8";
        if (options.strict()) {
            throw new MessageRejectedException(AppRecError.T01, what + "; declare the encoding it is written in "
                    + "(e.g. encoding=\"ISO-8859-1\") (refused in strict mode)");
        }
        try {
            Document document = SecureXml.parse(latin1, options.maxElementDepth());
            context.quirk(document.getDocumentElement(), what + "; it was read as ISO-8859-1");
            return document;
        } catch (UnreadableXmlException e) {
            throw rejection(e);
        }
    }

    private static MessageRejectedException rejection(UnreadableXmlException e) {
        AppRecError error = e.reason() == UnreadableXmlException.Reason.TOO_DEEP ? AppRecError.T99 : AppRecError.T01;
        return new MessageRejectedException(error, e.getMessage());
    }
}
