package ceasefire.scenario;

import ceasefire.scenario.yaml.YamlNode;
import ceasefire.scenario.yaml.YamlText;
import java.nio.file.Path;

/**
 * A scenario file parsed once, ready to be bound into {@link Scenario}s with different
 * overrides (the command line's {@code --set}, every point of a parameter sweep). Loading is
 * staged: YAML syntax, then records with per-field checks, then cross-field validation; each
 * stage reports every problem it finds.
 */
public final class ScenarioDocument {

    private final YamlNode root;
    private final String label;
    private final String defaultName;
    /**
     * Geographies already derived from this document's map (usually one): binding the same map
     * again, for every point of a sweep, then costs a lookup instead of the breadth-first searches.
     * Geography is immutable, so sharing it between scenarios and threads is safe.
     */
    private final java.util.concurrent.ConcurrentHashMap<MapSpec, Geography> geographies = new java.util.concurrent.ConcurrentHashMap<>();

    private ScenarioDocument(YamlNode root, String label, String defaultName) {
        this.root = root;
        this.label = label;
        this.defaultName = defaultName;
    }

    /** Parses a file; {@code label} is how messages name it (usually the path as typed). */
    public static ScenarioDocument load(Path file) throws ScenarioException {
        String label = file.toString();
        return new ScenarioDocument(YamlText.parseFile(file, label), label, stem(file));
    }

    /** Parses text (tests, generated scenarios). */
    public static ScenarioDocument parse(String text, String label) throws ScenarioException {
        return new ScenarioDocument(YamlText.parse(text, label), label, stem(Path.of(label)));
    }

    /** The scenario with no overrides. */
    public Scenario bind() throws ScenarioException {
        return bind(Overrides.none());
    }

    /** The scenario with {@code overrides} applied, validated as a whole. */
    public Scenario bind(Overrides overrides) throws ScenarioException {
        return new ScenarioBinder(root, label, defaultName, this::geographyOf).bind(overrides);
    }

    private Geography geographyOf(MapSpec map) {
        if (geographies.size() > 8) {
            geographies.clear(); // maps overridden point by point: keep the cache small
        }
        return geographies.computeIfAbsent(map, Geography::new);
    }

    /** How messages name this file. */
    public String label() {
        return label;
    }

    /** Convenience: parse, bind and validate a file in one call. */
    public static Scenario load(Path file, Overrides overrides) throws ScenarioException {
        return load(file).bind(overrides);
    }

    private static String stem(Path file) {
        String name = file.getFileName() == null ? "scenario" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
