package no.samport.kith;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samport.kith.internal.apprec.AppRecReader;
import no.samport.kith.internal.apprec.AppRecVersion;
import no.samport.kith.internal.apprec.AppRecWriter;
import no.samport.kith.internal.body.BodyWriter;
import no.samport.kith.internal.epikrise.BareEpikriseReader;
import no.samport.kith.internal.epikrise.EpikriseVersion;
import no.samport.kith.internal.msghead.HeaderSniffer;
import no.samport.kith.internal.msghead.MsgHeadReader;
import no.samport.kith.internal.msghead.MsgHeadWriter;
import no.samport.kith.internal.xml.DeclaredEncoding;
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.kith.internal.xml.UnreadableXmlException;
import no.samport.kith.internal.xml.Validation;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageCodec;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.plugin.api.fhir.AppRecError;
import no.samport.plugin.api.fhir.Bundles;
import no.samport.plugin.api.fhir.KithMessageType;
import org.hl7.fhir.r4.model.Bundle;
import org.w3c.dom.Element;

/**
 * KITH XML to and from Samport's FHIR message bundles: MsgHead 1.2 with Dialogmelding 1.0/1.1 (format ids
 * {@code dialogmelding-1.0}, {@code dialogmelding-1.1}) and AppRec 1.0/1.1 ({@code apprec-1.0}, {@code apprec-1.1}).
 * Thread-safe: it holds only its options. The mapping is documented in {@code docs/mapping/}.
 *
 * <p>Rejections: empty or not well-formed input, or a DOCTYPE → T01; larger than the limit or nested too deep → T99;
 * not a MsgHead/AppRec, an unsupported message type or body → T10; missing or invalid structure, schema errors →
 * T02; a patient fødselsnummer/D-nummer with wrong check digits → E31. Once MsgInfo is read, the rejection carries a
 * partial header bundle for addressing the receipt.
 */
public final class KithCodec implements MessageCodec {

    private static final long MIB = 1024L * 1024;

    private final KithCodecOptions options;

    public KithCodec(KithCodecOptions options) {
        this.options = options;
    }

    /** A codec with {@link KithCodecOptions#defaults()}. */
    public KithCodec() {
        this(KithCodecOptions.defaults());
    }

    public KithCodecOptions options() {
        return options;
    }

    @Override
    public DecodedMessage decode(byte[] nativeMessage) throws MessageRejectedException {
        if (nativeMessage == null || nativeMessage.length == 0) {
            throw new MessageRejectedException(AppRecError.T01, "The message is empty");
        }
        if (nativeMessage.length > options.maxMessageBytes()) {
            throw new MessageRejectedException(AppRecError.T99, "The message is " + nativeMessage.length
                    + " bytes, larger than the " + mebibytes(options.maxMessageBytes()) + " MiB limit",
                    HeaderSniffer.partialHeader(nativeMessage, options.maxElementDepth()).orElse(null));
        }
        ReadContext context = new ReadContext(options.strict());
        Parsed parsed = parse(nativeMessage, context);
        Element root = parsed.document().getDocumentElement();
        Validation validation = () -> validate(parsed.utf8OrAsDeclared());
        if (Dom.is(root, KithNamespaces.MSGHEAD, "MsgHead")) {
            return MsgHeadReader.read(root, context, validation);
        }
        if ("AppRec".equals(Dom.localName(root)) && AppRecVersion.byNamespace(root.getNamespaceURI()).isPresent()) {
            return AppRecReader.read(root, AppRecVersion.byNamespace(root.getNamespaceURI()).get(), context, validation);
        }
        if ("Message".equals(Dom.localName(root)) && EpikriseVersion.byNamespace(root.getNamespaceURI()).isPresent()) {
            return BareEpikriseReader.read(root, EpikriseVersion.byNamespace(root.getNamespaceURI()).get(), context,
                    validation);
        }
        throw new MessageRejectedException(AppRecError.T10, "The root element {" + root.getNamespaceURI() + "}"
                + Dom.localName(root) + " is not a message Samport reads: MsgHead 1.2 (" + KithNamespaces.MSGHEAD
                + "), AppRec 1.0/1.1 (" + KithNamespaces.APPREC_1_0 + ", " + KithNamespaces.APPREC_1_1
                + ") or an Epikrise Message without MsgHead (" + KithNamespaces.EPIKRISE_1_2 + ")");
    }

    /** A parsed message and its bytes as the schema validator should read them. */
    private record Parsed(org.w3c.dom.Document document, byte[] utf8OrAsDeclared) {
    }

    private Parsed parse(byte[] xml, ReadContext context) throws MessageRejectedException {
        try {
            return new Parsed(SecureXml.parse(xml, options.maxElementDepth()), xml);
        } catch (UnreadableXmlException e) {
            if (e.reason() == UnreadableXmlException.Reason.NOT_WELL_FORMED) {
                Optional<String> latin1 = DeclaredEncoding.misdeclaredIso88591(xml);
                if (latin1.isPresent()) {
                    return new Parsed(misdeclared(latin1.get(), context), latin1.get().getBytes(StandardCharsets.UTF_8));
                }
            }
            throw rejection(e);
        }
    }

    /** ISO-8859-1 bytes declared (or defaulting to) UTF-8: read as ISO-8859-1 leniently, T01 strictly. */
    private org.w3c.dom.Document misdeclared(String latin1, ReadContext context) throws MessageRejectedException {
        String what = "The message declares UTF-8 (or no encoding) but is not valid UTF-8";
        if (options.strict()) {
            throw new MessageRejectedException(AppRecError.T01, what + "; declare the encoding it is written in "
                    + "(e.g. encoding=\"ISO-8859-1\") (refused in strict mode)");
        }
        try {
            org.w3c.dom.Document document = SecureXml.parse(latin1, options.maxElementDepth());
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

    private void validate(byte[] xml) throws MessageRejectedException {
        if (options.schemaValidator() == null) {
            return;
        }
        List<KithSchemaValidator.SchemaError> errors = options.schemaValidator().validate(xml);
        if (!errors.isEmpty()) {
            throw new MessageRejectedException(AppRecError.T02, "The message does not validate against the KITH "
                    + "schemas (line:column): " + errors.stream().limit(3).map(Object::toString)
                    .collect(Collectors.joining("; ")));
        }
    }

    @Override
    public byte[] encode(Bundle message, EncodingPreferences preferences) throws MessageRejectedException {
        EncodingPreferences wanted = preferences == null ? EncodingPreferences.defaults() : preferences;
        Charset charset = FormatChoice.charset(wanted);
        String type = messageType(message);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (KithMessageType.APPREC.equals(type)) {
            AppRecVersion version = FormatChoice.appRec(wanted);
            KithXmlWriter out = KithXmlWriter.document(bytes, charset);
            AppRecWriter.write(out, message, version);
            out.finish();
            return bytes.toByteArray();
        }
        BodyWriter body = FormatChoice.body(message, type, wanted);
        KithXmlWriter out = KithXmlWriter.document(bytes, charset);
        MsgHeadWriter.write(out, message, body);
        out.finish();
        return bytes.toByteArray();
    }

    private static String messageType(Bundle message) throws MessageRejectedException {
        try {
            return Bundles.header(message).getEventCoding().getCode();
        } catch (IllegalArgumentException e) {
            throw new MessageRejectedException(AppRecError.T10, "Only message bundles (MessageHeader first) can be"
                    + " written as KITH XML");
        }
    }

    private static String mebibytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MIB), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
