package no.samport.testfixtures;

import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.opentest4j.AssertionFailedError;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.placeholder.PlaceholderDifferenceEvaluator;

/**
 * XML comparison for KITH messages with XMLUnit: similar, not identical. Whitespace and comments are ignored, so are
 * namespace prefixes, attribute order and {@code xsi:schemaLocation}; base64 content is compared by its bytes (line
 * breaks differ between writers); {@code ${xmlunit.ignore}} placeholders in the expected document and element names
 * passed as {@code ignoringValuesOf} (e.g. {@code MsgId}, {@code GenDate}) skip values that are regenerated.
 */
public final class XmlAssertions {

    private static final int SHOWN_DIFFERENCES = 10;

    private XmlAssertions() {
    }

    /**
     * Fails unless {@code actual} is similar to {@code expected}.
     *
     * @param expected         the reference document: byte[], String (XML text), Path or File
     * @param actual           the document under test, same kinds
     * @param ignoringValuesOf local names of elements whose text and attribute values are not compared
     */
    public static void assertSimilar(Object expected, Object actual, String... ignoringValuesOf) {
        Diff diff = DiffBuilder.compare(Input.from(expected)).withTest(Input.from(actual))
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
                        new PlaceholderDifferenceEvaluator(), base64AsBytes(), valuesOf(Set.of(ignoringValuesOf))))
                .build();
        if (diff.hasDifferences()) {
            String differences = StreamSupport.stream(diff.getDifferences().spliterator(), false)
                    .limit(SHOWN_DIFFERENCES).map(d -> "  - " + d.getComparison())
                    .collect(Collectors.joining("\n"));
            throw new AssertionFailedError("The XML documents are not similar:\n" + differences);
        }
    }

    private static DifferenceEvaluator base64AsBytes() {
        return (comparison, outcome) -> {
            if (outcome != ComparisonResult.EQUAL && comparison.getType() == ComparisonType.TEXT_VALUE
                    && "Base64Container".equals(localName(comparison.getControlDetails().getTarget().getParentNode()))) {
                return sameBytes(comparison) ? ComparisonResult.EQUAL : outcome;
            }
            return outcome;
        };
    }

    private static boolean sameBytes(Comparison comparison) {
        try {
            return java.util.Arrays.equals(decode(comparison.getControlDetails().getValue()),
                    decode(comparison.getTestDetails().getValue()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(Object text) {
        return Base64.getDecoder().decode(String.valueOf(text).replaceAll("\\s+", ""));
    }

    private static DifferenceEvaluator valuesOf(Set<String> elementNames) {
        return (comparison, outcome) -> {
            if (outcome == ComparisonResult.EQUAL || elementNames.isEmpty()) {
                return outcome;
            }
            Node target = comparison.getControlDetails().getTarget();
            Node owner = switch (comparison.getType()) {
                case TEXT_VALUE -> target == null ? null : target.getParentNode();
                case ATTR_VALUE -> target instanceof Attr attr ? attr.getOwnerElement() : null;
                default -> null;
            };
            return owner != null && elementNames.contains(localName(owner)) ? ComparisonResult.EQUAL : outcome;
        };
    }

    private static String localName(Node node) {
        if (node == null) {
            return null;
        }
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }
}
