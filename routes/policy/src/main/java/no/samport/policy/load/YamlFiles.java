package no.samport.policy.load;

import java.io.Reader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a rule file into a {@link YamlMap}. Only the node tree is built (no objects are constructed from tags), with
 * duplicate keys refused and aliases limited, so a rule file cannot instantiate classes or expand without bound.
 */
public final class YamlFiles {

    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    private YamlFiles() {
    }

    /** The file's top-level mapping, or empty with the reason recorded when it does not parse. */
    public static Optional<YamlMap> read(String file, Reader reader, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(reader);
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, mapping, problems));
            }
            problems.add(file, root == null ? 0 : YamlMap.line(root), "a rule file is a YAML mapping (rule-set: ..., rules: ...)");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
        } catch (YAMLException e) {
            problems.add(file, 0, "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }
}
