package no.samport.kith;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.List;
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
import no.samport.kith.internal.xml.Dom;
import no.samport.kith.internal.xml.KithNamespaces;
import no.samport.kith.internal.xml.KithXmlWriter;
import no.samport.kith.internal.xml.ReadContext;
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
 * {@code dialogmelding-1.0}, {@code dialogmelding-1.1}) or Epikrise 1.2 ({@code epikrise-1.2}; 1.1 is read as
 * {@code epikrise-1.1} and written as 1.2), an Epikrise without MsgHead (read leniently), and AppRec 1.0/1.1
 * ({@code apprec-1.0}, {@code apprec-1.1}). Encoding chooses the version the receiver reads, converting a
 * Dialogmelding where nothing is lost. Thread-safe: it holds only its options. The mapping is documented in
 * {@code docs/mapping/}.
 *
 * <p>Rejections: empty or not well-formed input, or a DOCTYPE → T01; larger than the limit or nested too deep → T99;
 * not a MsgHead/AppRec/Epikrise, an unsupported message type or body, a version the receiver cannot read without
 * loss → T10; missing or invalid structure, schema errors, deviations in strict mode → T02; a patient
 * fødselsnummer/D-nummer with wrong check digits → E31. Once MsgInfo is read, the rejection carries a partial header
 * bundle for addressing the receipt.
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
        ParsedMessage parsed = ParsedMessage.parse(nativeMessage, options, context);
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
