package no.samport.kith;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import no.samport.kith.internal.xml.SecureXml;
import no.samport.plugin.api.DecodedMessage;
import no.samport.plugin.api.EncodingPreferences;
import no.samport.plugin.api.MessageRejectedException;
import no.samport.testfixtures.Fixtures;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Whatever is missing from a message, the codec answers with a result or a rejection (an AppRec error), never with
 * another exception: every fixture is read with each element left out in turn, each code's V left out or empty and
 * each text emptied or spoilt, in lenient and strict mode, and what is read is written again; and each field of the
 * FHIR bundle a fixture becomes is left out in turn before writing KITH again.
 */
class MutatedMessagesTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KithCodec lenient = new KithCodec();
    private final KithCodec strict = new KithCodec(KithCodecOptions.defaults().withStrict(true));

    static Stream<String> fixtures() {
        return Stream.concat(KithTestSupport.VALID_FIXTURES.stream(), Stream.of(KithTestSupport.EPIKRISE_1_1));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void any_element_left_out_or_any_code_or_text_spoilt_gives_a_result_or_a_rejection(String fixture)
            throws Exception {
        byte[] original = Fixtures.bytes(fixture);
        int count = SecureXml.parse(original, 100).getElementsByTagName("*").getLength();
        List<String> failures = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            for (Mutation mutation : Mutation.values()) {
                Document document = SecureXml.parse(original, 100);
                Element element = (Element) document.getElementsByTagName("*").item(i);
                if (mutation.apply(element)) {
                    byte[] mutated = serialise(document);
                    String what = mutation + " " + element.getTagName() + " #" + i;
                    check(lenient, mutated, "lenient, " + what, failures);
                    check(strict, mutated, "strict, " + what, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void any_field_left_out_of_the_fhir_bundle_gives_a_kith_message_or_a_rejection(String fixture) throws Exception {
        DecodedMessage decoded = lenient.decode(Fixtures.bytes(fixture));
        EncodingPreferences sameFormat = new EncodingPreferences(Set.of(decoded.format()), StandardCharsets.UTF_8);
        JsonNode bundle = JSON.readTree(FHIR.newJsonParser().encodeResourceToString(decoded.bundle()));
        List<String> failures = new ArrayList<>();
        int fields = countFields(bundle);
        for (int i = 0; i < fields; i++) {
            JsonNode mutated = bundle.deepCopy();
            String removed = removeField(mutated, new int[] {i});
            Bundle parsed;
            try {
                parsed = FHIR.newJsonParser().parseResource(Bundle.class, JSON.writeValueAsString(mutated));
            } catch (DataFormatException unreadable) {
                continue; // e.g. without resourceType: not a FHIR message to encode
            }
            try {
                lenient.encode(parsed, sameFormat);
            } catch (MessageRejectedException expected) {
                // a rejection is an answer
            } catch (RuntimeException e) {
                failures.add("without " + removed + ": " + e + " at " + ownFrame(e));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static StackTraceElement ownFrame(Throwable e) {
        return Stream.of(e.getStackTrace()).filter(f -> f.getClassName().startsWith("no.samport")).findFirst()
                .orElse(null);
    }

    private static int countFields(JsonNode node) {
        int count = node.isContainerNode() ? node.size() : 0;
        for (JsonNode child : node) {
            count += countFields(child);
        }
        return count;
    }

    /** Removes the n-th field or array item (depth first); returns its name, or null when not reached yet. */
    private static String removeField(JsonNode node, int[] n) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.properties().stream().map(Map.Entry::getKey).toList())) {
                if (n[0]-- == 0) {
                    object.remove(name);
                    return name;
                }
                String removed = removeField(object.get(name), n);
                if (removed != null) {
                    return name + "." + removed;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (n[0]-- == 0) {
                    array.remove(i);
                    return "[" + i + "]";
                }
                String removed = removeField(array.get(i), n);
                if (removed != null) {
                    return "[" + i + "]." + removed;
                }
            }
        }
        return null;
    }

    private enum Mutation {
        LEFT_OUT, V_LEFT_OUT, V_EMPTY, V_UNKNOWN, TEXT_EMPTY, TEXT_NONSENSE;

        /** Changes the element; false when this mutation does not apply to it. */
        boolean apply(Element element) {
            switch (this) {
                case LEFT_OUT -> element.getParentNode().removeChild(element);
                case V_LEFT_OUT, V_EMPTY, V_UNKNOWN -> {
                    if (!element.hasAttribute("V")) {
                        return false;
                    }
                    if (this == V_LEFT_OUT) {
                        element.removeAttribute("V");
                    } else {
                        element.setAttribute("V", this == V_EMPTY ? "" : "ZZ9");
                    }
                }
                case TEXT_EMPTY, TEXT_NONSENSE -> {
                    if (element.getElementsByTagName("*").getLength() > 0 || element.getTextContent().isBlank()) {
                        return false;
                    }
                    element.setTextContent(this == TEXT_EMPTY ? "" : "ZZ9");
                }
            }
            return true;
        }
    }

    private static void check(KithCodec codec, byte[] message, String what, List<String> failures) {
        try {
            DecodedMessage decoded = codec.decode(message);
            codec.encode(decoded.bundle(), new EncodingPreferences(Set.of(decoded.format()), StandardCharsets.UTF_8));
        } catch (MessageRejectedException expected) {
            // a rejection is an answer
        } catch (RuntimeException e) {
            failures.add(what + ": " + e + " at " + ownFrame(e));
        }
    }

    private static byte[] serialise(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
