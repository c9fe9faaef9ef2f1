package no.samport.policy.load;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samport.policy.fhirpath.FhirPaths;
import no.samport.policy.rule.RuleSet;
import no.samport.policy.rule.Vocabulary;

/**
 * Reads the national vocabulary and default rule set from the class path, then each configured layer (a region, then
 * a municipality), and checks what no single file can: that each layer builds on the one above, that rule ids are
 * unique, and that changes name rules that exist and may be changed. All problems are reported together.
 */
public final class PolicyLoader {

    /** The national vocabulary: roles and task kinds. */
    public static final String VOCABULARY = "classpath:policy/default/vocabulary.yaml";
    /** The list of the national rule-set files (one per version), relative to {@code policy/default/}. */
    public static final String DEFAULT_INDEX = "policy/default/rule-sets.txt";

    private final FhirPaths paths;

    public PolicyLoader(FhirPaths paths) {
        this.paths = paths;
    }

    /** The layers: the national default first, then one per configured location, in the order given. */
    public Loaded load(List<String> layerLocations) {
        Problems problems = new Problems();
        Vocabulary vocabulary = vocabulary(problems);
        problems.throwIfAny();
        List<LayerFiles> layers = new ArrayList<>();
        Vocabulary above = vocabulary;
        List<String> locations = new ArrayList<>(defaultFiles());
        for (int i = 0; i < 1 + layerLocations.size(); i++) {
            List<RuleFile> files = i == 0 ? locations.stream().map(RuleFile::at).flatMap(List::stream).toList()
                    : RuleFile.at(layerLocations.get(i - 1));
            String where = i == 0 ? "the national default" : layerLocations.get(i - 1);
            Optional<LayerFiles> layer = readLayer(files, where, above, problems);
            if (layer.isPresent()) {
                layers.add(layer.get());
                for (RuleSet version : layer.get().versions()) {
                    above = above.plus(version.roles(), version.tasks());
                }
            }
        }
        new LayerChecks(problems).check(layers);
        problems.throwIfAny();
        return new Loaded(vocabulary, layers);
    }

    /** What was loaded: the national vocabulary and the layers, national first. */
    public record Loaded(Vocabulary vocabulary, List<LayerFiles> layers) {
    }

    private Vocabulary vocabulary(Problems problems) {
        RuleFile file = RuleFile.at(VOCABULARY).get(0);
        Optional<YamlMap> map = parse(file, problems);
        if (map.isEmpty()) {
            return new Vocabulary(List.of(), List.of());
        }
        map.get().onlyKeys("the vocabulary file", java.util.Set.of("roles", "tasks"));
        VocabularyReader reader = new VocabularyReader(problems);
        return new Vocabulary(reader.roles(map.get()), reader.tasks(map.get()));
    }

    private static List<String> defaultFiles() {
        try (var in = PolicyLoader.class.getClassLoader().getResourceAsStream(DEFAULT_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("The national rule set is missing from the class path (" + DEFAULT_INDEX + ")");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> RuleFile.CLASSPATH + "policy/default/" + l)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DEFAULT_INDEX, e);
        }
    }

    private Optional<LayerFiles> readLayer(List<RuleFile> files, String where, Vocabulary above, Problems problems) {
        if (files.isEmpty()) {
            problems.add(where, 0, "no rule files (*.yaml) found here");
            return Optional.empty();
        }
        List<RuleSet> versions = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (RuleFile file : files) {
            Optional<YamlMap> map = parse(file, problems);
            Optional<RuleSet> set = map.flatMap(m -> new RuleSetReader(problems, paths).read(m, file.name(), above));
            set.ifPresent(s -> {
                String earlier = seen.put(s.version(), file.name());
                if (earlier != null) {
                    problems.add(file.name(), 0, s.id() + " version " + s.version() + " is also in " + earlier);
                }
                versions.add(s);
            });
        }
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        RuleSet first = versions.get(0);
        for (RuleSet version : versions) {
            if (!version.id().equals(first.id()) || version.layer() != first.layer()) {
                problems.add(version.file(), 0, "one location holds the versions of one rule set: " + version.file()
                        + " is " + version.id() + " (" + version.layer().key() + "), " + first.file() + " is "
                        + first.id() + " (" + first.layer().key() + ")");
            }
        }
        return Optional.of(new LayerFiles(first.id(), first.layer(), versions));
    }

    private static Optional<YamlMap> parse(RuleFile file, Problems problems) {
        try (Reader reader = file.reader()) {
            return YamlFiles.read(file.name(), reader, problems);
        } catch (IOException e) {
            problems.add(file.name(), 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
