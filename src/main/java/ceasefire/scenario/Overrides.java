package ceasefire.scenario;

import ceasefire.scenario.yaml.YamlText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered, immutable set of {@link ParameterOverride}s; a later value for the same path wins.
 */
public final class Overrides {

    private static final Overrides NONE = new Overrides(Map.of());

    private final Map<String, ParameterOverride> byPath;

    private Overrides(Map<String, ParameterOverride> byPath) {
        this.byPath = byPath;
    }

    public static Overrides none() {
        return NONE;
    }

    public static Overrides of(Collection<ParameterOverride> overrides) {
        Map<String, ParameterOverride> map = new LinkedHashMap<>();
        for (ParameterOverride o : overrides) {
            map.remove(o.path());
            map.put(o.path(), o);
        }
        return new Overrides(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * Parses {@code path=value} arguments as given to {@code --set}; every malformed one is
     * reported, with the argument itself as the source.
     */
    public static Overrides parse(List<String> assignments) throws ScenarioException {
        List<ParameterOverride> list = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            String label = "--set " + assignment;
            if (eq <= 0) {
                problems.add(new Problem("--set", 0, "", Printable.quoted(assignment) + " is not of the form path=value (e.g. peacekeepers.troops=500)"));
                continue;
            }
            String path = assignment.substring(0, eq).strip();
            if (!Paths.isValid(path)) {
                problems.add(new Problem("--set", 0, path, Paths.NOT_A_PATH));
                continue;
            }
            if (assignment.substring(eq + 1).isBlank()) {
                problems.add(new Problem("--set", 0, path, "has no value after '=' (e.g. " + path + "=0.5)"));
                continue;
            }
            try {
                list.add(new ParameterOverride(path, YamlText.parseValue(assignment.substring(eq + 1), label), "--set", 0, ""));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return of(list);
    }

    /**
     * Overrides from path/value pairs, each value written as YAML ({@code "500"},
     * {@code "true"}, {@code "[peacekeeping, buffer]"}); {@code source} names where they came
     * from in messages (a sweep file, say).
     */
    public static Overrides fromValues(java.util.Map<String, String> values, String source, int line) throws ScenarioException {
        List<ParameterOverride> list = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (java.util.Map.Entry<String, String> e : values.entrySet()) {
            if (!Paths.isValid(e.getKey())) {
                problems.add(new Problem(source, line, e.getKey(), Paths.NOT_A_PATH));
                continue;
            }
            try {
                list.add(new ParameterOverride(e.getKey(), YamlText.parseValue(e.getValue(), source), source, line, ""));
            } catch (ScenarioException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return of(list);
    }

    /** These overrides followed by {@code later} (whose values win). */
    public Overrides then(Overrides later) {
        if (later.byPath.isEmpty()) {
            return this;
        }
        List<ParameterOverride> all = new ArrayList<>(byPath.values());
        all.addAll(later.byPath.values());
        return of(all);
    }

    /** These overrides plus one more (which wins). */
    public Overrides with(ParameterOverride override) {
        List<ParameterOverride> all = new ArrayList<>(byPath.values());
        all.add(override);
        return of(all);
    }

    public ParameterOverride get(String canonicalPath) {
        return byPath.get(canonicalPath);
    }

    public Collection<ParameterOverride> all() {
        return byPath.values();
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** {@code path=value} pairs for provenance (summary.json, manifests). */
    public Map<String, String> asText() {
        Map<String, String> out = new LinkedHashMap<>();
        byPath.forEach((k, v) -> out.put(k, v.valueText()));
        return out;
    }
}
