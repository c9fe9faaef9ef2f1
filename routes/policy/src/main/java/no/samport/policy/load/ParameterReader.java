package no.samport.policy.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samport.policy.rule.Origin;
import org.hl7.fhir.r4.fhirpath.ExpressionNode.CollectionStatus;
import org.hl7.fhir.r4.fhirpath.TypeDetails;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.TimeType;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Rule parameters: {@code true}/{@code false}, whole and decimal numbers, dates ({@code 2026-01-01}), times of day
 * ({@code 08:00}, compared with {@code osloTime()}), time quantities
 * ({@code 14 days}, {@code 48 hours}, {@code 30 seconds}, usable in FHIRPath date arithmetic), text, and lists of these.
 */
final class ParameterReader {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+)\\s+(seconds|minutes|hours|days|weeks)");
    private static final String UCUM = "http://unitsofmeasure.org";

    private ParameterReader() {
    }

    static Map<String, List<Base>> read(YamlMap parameters, Problems problems) {
        Map<String, List<Base>> values = new LinkedHashMap<>();
        parameters.raw().forEach((name, node) -> {
            Origin origin = parameters.origin(name);
            if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                problems.add(origin, "parameter '" + name + "' must be one word in camelCase (it is used as %" + name + ")");
                return;
            }
            List<Base> value = new ArrayList<>();
            if (node instanceof ScalarNode scalar) {
                value.add(scalar(scalar.getValue()));
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar) {
                        value.add(scalar(scalar.getValue()));
                    } else {
                        problems.add(origin, "parameter '" + name + "' may be a value or a list of values, not nested");
                    }
                }
            } else {
                problems.add(origin, "parameter '" + name + "' may be a value or a list of values, not a mapping");
            }
            values.put(name, value);
        });
        return values;
    }

    static Base scalar(String text) {
        Matcher quantity = QUANTITY.matcher(text.trim());
        if (quantity.matches()) {
            String unit = quantity.group(2);
            return new Quantity().setValue(new BigDecimal(quantity.group(1))).setUnit(unit).setSystem(UCUM)
                    .setCode(ucum(unit));
        }
        if ("true".equals(text) || "false".equals(text)) {
            return new BooleanType(Boolean.parseBoolean(text));
        }
        if (INTEGER.matcher(text).matches()) {
            return new IntegerType(Integer.parseInt(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            return new DecimalType(new BigDecimal(text));
        }
        if (DATE.matcher(text).matches()) {
            return new DateType(text);
        }
        if (TIME.matcher(text).matches()) {
            return new TimeType(text + ":00");
        }
        return new StringType(text);
    }

    private static String ucum(String unit) {
        return switch (unit) {
            case "seconds" -> "s";
            case "minutes" -> "min";
            case "hours" -> "h";
            case "weeks" -> "wk";
            default -> "d";
        };
    }

    /** The FHIRPath type of a parameter, for checking the expressions that use it. */
    static TypeDetails type(List<Base> value) {
        String type = value.isEmpty() ? "string" : value.get(0).fhirType();
        return new TypeDetails(value.size() == 1 ? CollectionStatus.SINGLETON : CollectionStatus.ORDERED, type);
    }
}
