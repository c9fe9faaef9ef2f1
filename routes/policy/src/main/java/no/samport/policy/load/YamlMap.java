package no.samport.policy.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samport.policy.rule.Origin;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping from a rule file with the line of every key, so that each problem can be reported where it is. Reading
 * a value of the wrong shape, a missing required key or an unknown key (a typo) is recorded in {@link Problems}.
 */
public final class YamlMap {

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Problems problems;

    YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple);
            } else {
                problems.add(file, line(tuple.getKeyNode()), "a key must be a plain word");
            }
        }
    }

    public Origin origin() {
        return new Origin(file, line(node));
    }

    /** Where a key is written, or this mapping's start when the key is absent. */
    public Origin origin(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? origin() : new Origin(file, line(tuple.getKeyNode()));
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    /** Records every key not in {@code known}: usually a typo that would otherwise be ignored. */
    public void onlyKeys(String what, Set<String> known) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                problems.add(origin(key), "unknown key '" + key + "' in " + what + "; known keys: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }

    public Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(origin(key), "'" + key + "' must be a single value, not a list or a mapping");
        return Optional.empty();
    }

    /** A required single value; records a problem and returns null when it is missing. */
    public String required(String key, String what) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !has(key)) {
            problems.add(origin(), what + " has no '" + key + "'");
        }
        return value.orElse(null);
    }

    public Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping, problems));
        }
        problems.add(origin(key), "'" + key + "' must be a mapping (key: value lines)");
        return Optional.empty();
    }

    /** The mappings of a list of mappings (empty when absent). */
    public List<YamlMap> maps(String key) {
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof MappingNode mapping) {
                maps.add(new YamlMap(file, mapping, problems));
            } else {
                problems.add(file, line(item), "each item of '" + key + "' must be a mapping");
            }
        }
        return maps;
    }

    /** A list of single values, or one value taken as a list of one (empty when absent). */
    public List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple != null && tuple.getValueNode() instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        List<String> values = new ArrayList<>();
        for (Node item : items(key)) {
            if (item instanceof ScalarNode scalar) {
                values.add(scalar.getValue());
            } else {
                problems.add(file, line(item), "each item of '" + key + "' must be a single value");
            }
        }
        return values;
    }

    /** A mapping's entries as raw nodes, for values that can be of several shapes (parameters). */
    public Map<String, Node> raw() {
        Map<String, Node> raw = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> raw.put(key, tuple.getValueNode()));
        return raw;
    }

    private List<Node> items(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(origin(key), "'" + key + "' must be a list");
        return List.of();
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
