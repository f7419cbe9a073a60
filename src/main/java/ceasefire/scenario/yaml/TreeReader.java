package ceasefire.scenario.yaml;

import ceasefire.scenario.Limits;
import ceasefire.scenario.Names;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a YAML node tree into scenario records, one {@link Section} at a time, while collecting
 * every problem (instead of stopping at the first), applying {@link Overrides} by path, and
 * tracing the effective value of every parameter it reads (defaults included).
 *
 * <p>Scenario files are read through {@code ScenarioDocument}; sweep, calibration and manifest
 * files read their own sections with the same reader, so their messages take the same form.</p>
 */
public final class TreeReader {

    private final String source;
    private final Overrides overrides;
    /** A set: a problem found twice (a value read by two sections) is reported once, in O(1). */
    private final Set<Problem> problems = new LinkedHashSet<>();
    /** Problems found beyond {@link Limits#MAX_PROBLEMS_KEPT}, counted but not kept. */
    private int dropped;
    private final Set<String> consumed = new HashSet<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, Object> effective = new LinkedHashMap<>();
    private final Map<String, Problem> locations = new LinkedHashMap<>();

    public TreeReader(String source, Overrides overrides) {
        this.source = source;
        this.overrides = overrides;
    }

    /** A section over the document's root mapping. */
    public Section root(YamlNode root) {
        return new Section(this, "", root == null ? null : root.node, source, 0);
    }

    public String source() {
        return source;
    }

    /** Records a problem in {@code src} (this file, or where an override was written). */
    public void problem(String src, int line, String path, String message) {
        Problem p = new Problem(src, line, path, message);
        if (problems.size() < Limits.MAX_PROBLEMS_KEPT) {
            problems.add(p);
        } else if (!problems.contains(p)) {
            dropped++;
        }
    }

    /** Records a problem in this reader's source file. */
    public void problem(int line, String path, String message) {
        problem(source, line, path, message);
    }

    ParameterOverride override(String path) {
        known.add(path);
        ParameterOverride o = overrides.get(path);
        if (o != null) {
            consumed.add(path);
        }
        return o;
    }

    void trace(String path, Object value) {
        effective.put(path, value);
    }

    /** Remembers where a value was written, so later checks can point at it. */
    void locate(String path, String src, int line) {
        locations.put(path, new Problem(src, line, path, "-"));
    }

    /** A problem located where the value at {@code path} was written (or at the file when unknown). */
    public Problem at(String path, String message) {
        Problem where = locations.get(path);
        return where == null ? new Problem(source, 0, path, message) : new Problem(where.source(), where.line(), path, message);
    }

    /** Reports overrides that named no parameter this reader asked for. */
    public void reportUnusedOverrides() {
        for (ParameterOverride o : overrides.all()) {
            if (!consumed.contains(o.path())) {
                problem(o.source(), o.line(), o.prefix() + o.path(), "no such parameter" + listHint(o.path()));
            }
        }
    }

    /**
     * For a path into a list beyond its end ({@code sides.B.units[9].count} with three groups),
     * how many items the list has; otherwise the nearest known path.
     */
    private String listHint(String path) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path);
        while (m.find()) {
            String list = path.substring(0, m.start());
            int count = 0;
            while (startsWithAny(list + "[" + count + "]")) {
                count++;
            }
            // An index of any length (99999999999999999999 is no long) is compared as text.
            String index = m.group(1).replaceFirst("^0+(?=\\d)", "");
            if (count > 0 && (index.length() > 9 || Integer.parseInt(index) >= count)) {
                return ": " + list + " has " + count + (count == 1 ? " item, [0]" : " items, [0] to [" + (count - 1) + "]");
            }
        }
        return Names.didYouMean(path, known);
    }

    private boolean startsWithAny(String prefix) {
        for (String k : known) {
            if (k.startsWith(prefix + ".") || k.equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every problem found, in the order found; past {@link Limits#MAX_PROBLEMS_KEPT} a last entry
     * says how many more there were.
     */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(Problem.notKept(source, dropped));
        }
        return Collections.unmodifiableList(all);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every parameter path read, with its effective value, in reading order. */
    public Map<String, Object> effective() {
        return Collections.unmodifiableMap(effective);
    }

}
