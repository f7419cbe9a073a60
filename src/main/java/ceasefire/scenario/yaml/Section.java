package ceasefire.scenario.yaml;

import ceasefire.scenario.Cell;
import ceasefire.scenario.Names;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.Paths;
import ceasefire.scenario.Printable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A mapping in the YAML tree being read at a key path. Typed getters check type and range,
 * report problems with line and path, and fall back to the default so reading goes on and every
 * problem is found. {@link #done()} reports keys nobody asked for, with the nearest valid key.
 */
public final class Section {

    private final TreeReader reader;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new LinkedHashSet<>();
    private final String source;
    private final int line;
    private final boolean present;

    Section(TreeReader reader, String path, Node node, String source, int fallbackLine) {
        this.reader = reader;
        this.path = path;
        this.source = source;
        this.line = node == null ? fallbackLine : YamlNode.lineOf(node);
        if (node instanceof MappingNode mapping) {
            this.present = true;
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (!(key instanceof ScalarNode scalarKey)) {
                    reader.problem(source, YamlNode.lineOf(key), path, "keys must be plain names");
                    continue;
                }
                String name = scalarKey.getValue();
                if (entries.containsKey(name)) {
                    reader.problem(source, YamlNode.lineOf(key), Paths.child(path, name), "appears twice in the same section");
                    continue;
                }
                if ("<<".equals(name)) {
                    reader.problem(source, YamlNode.lineOf(key), path, "YAML merge keys (<<) are not supported; write the values out");
                    continue;
                }
                entries.put(name, tuple);
            }
        } else {
            this.present = false;
            if (node != null && !(node instanceof ScalarNode s && YamlNode.isNullScalar(s))) {
                reader.problem(source, YamlNode.lineOf(node), path.isEmpty() ? "" : path,
                        "expected a section of 'key: value' lines, got " + YamlNode.describe(node));
            }
        }
    }

    /** The key path of this section ({@code ""} at the root). */
    public String path() {
        return path;
    }

    /** Line of the section in its file (the parent's line when the section is absent). */
    public int line() {
        return line;
    }

    public String source() {
        return source;
    }

    /** Whether the section was written in the file. */
    public boolean present() {
        return present;
    }

    public TreeReader reader() {
        return reader;
    }

    /** Keys written in this section, in file order (for sections keyed by user names). */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** Whether the key is written here or overridden. */
    public boolean has(String key) {
        String p = Paths.child(path, key);
        return reader.override(p) != null || entries.containsKey(key);
    }

    /** Line of a key's value, else this section's line. */
    public int lineOf(String key) {
        ParameterOverride o = reader.override(Paths.child(path, key));
        if (o != null) {
            return o.line();
        }
        NodeTuple t = entries.get(key);
        return t == null ? line : YamlNode.lineOf(t.getValueNode());
    }

    // ---------------------------------------------------------------- scalars

    public double real(String key, double def, double min, double max) {
        Located v = value(key);
        double result = def;
        if (v != null) {
            Double d = number(v, key, "a number " + range(min, max));
            if (d != null) {
                if (d < min || d > max || Double.isNaN(d)) {
                    v.problem(key, fmt(d) + (min <= -Double.MAX_VALUE || max >= Double.MAX_VALUE
                            ? " is out of range: expected a number " + range(min, max) : " is outside [" + fmt(min) + ", " + fmt(max) + "]"));
                } else {
                    result = d;
                }
            }
        }
        reader.trace(Paths.child(path, key), result);
        return result;
    }

    /** A probability or share in [0, 1]. */
    public double unit(String key, double def) {
        return real(key, def, 0, 1);
    }

    public int integer(String key, int def, int min, int max) {
        Located v = value(key);
        int result = def;
        if (v != null) {
            String expected = max >= 1_000_000 ? "a whole number of at least " + min : "a whole number in [" + min + ", " + max + "]";
            Double d = number(v, key, expected);
            if (d != null) {
                if (d != Math.rint(d) || Double.isInfinite(d)) {
                    v.problem(key, "expected " + expected + ", got " + fmt(d));
                } else if (d < min) {
                    v.problem(key, max >= 1_000_000 ? "expected " + expected + ", got " + fmt(d) : fmt(d) + " is outside [" + min + ", " + max + "]");
                } else if (d > max) {
                    v.problem(key, max >= 1_000_000 ? fmt(d) + " is above the largest value allowed, " + max : fmt(d) + " is outside [" + min + ", " + max + "]");
                } else {
                    result = (int) Math.rint(d);
                }
            }
        }
        reader.trace(Paths.child(path, key), result);
        return result;
    }

    /**
     * A share in [0, 1] that may be absent (or empty), meaning "as {@code fallback} says"
     * (returned as NaN; the effective parameters show {@code fallback}).
     */
    public double optionalUnit(String key, String fallback) {
        Located v = value(key);
        double result = Double.NaN;
        if (v != null && !(v.node instanceof ScalarNode s && YamlNode.isNullScalar(s))) {
            Double d = number(v, key, "a number in [0, 1] (or no value for " + fallback + ")");
            if (d != null) {
                if (d < 0 || d > 1 || Double.isNaN(d)) {
                    v.problem(key, fmt(d) + " is outside [0, 1]");
                } else {
                    result = d;
                }
            }
        }
        reader.trace(Paths.child(path, key), Double.isNaN(result) ? fallback : result);
        return result;
    }

    /** A whole number that may be absent, meaning "no limit" (returned as -1). */
    public int optionalCount(String key) {
        Located v = value(key);
        int result = -1;
        if (v != null && !(v.node instanceof ScalarNode s && YamlNode.isNullScalar(s))) {
            Double d = number(v, key, "a count of 0 or more");
            if (d != null) {
                if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
                    v.problem(key, "expected a count of 0 or more (or no value for unlimited), got " + fmt(d));
                } else {
                    result = (int) Math.rint(d);
                }
            }
        }
        reader.trace(Paths.child(path, key), result < 0 ? "unlimited" : result);
        return result;
    }

    public long longInteger(String key, long def) {
        Located v = value(key);
        long result = def;
        if (v != null) {
            String text = scalarText(v, key, "a whole number");
            if (text != null) {
                try {
                    result = Long.parseLong(text.replace("_", ""));
                } catch (NumberFormatException e) {
                    v.problem(key, "expected a whole number, got " + Printable.quoted(text));
                }
            }
        }
        reader.trace(Paths.child(path, key), result);
        return result;
    }

    public boolean bool(String key, boolean def) {
        Located v = value(key);
        boolean result = def;
        if (v != null) {
            String text = scalarText(v, key, "true or false");
            if (text != null) {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> result = true;
                    case "false", "no", "off" -> result = false;
                    default -> v.problem(key, "expected true or false, got " + Printable.quoted(text));
                }
            }
        }
        reader.trace(Paths.child(path, key), result);
        return result;
    }

    public String text(String key, String def) {
        Located v = value(key);
        String result = def;
        if (v != null) {
            String text = scalarText(v, key, "text");
            if (text != null) {
                result = text;
            }
        }
        reader.trace(Paths.child(path, key), result);
        return result;
    }

    /** A required text value; reports it missing. */
    public String requiredText(String key, String what) {
        if (!has(key)) {
            reader.problem(source, line, Paths.child(path, key), "is missing; expected " + what);
            return "";
        }
        return text(key, "");
    }

    /** One of a fixed set of lower-case names. */
    public <E extends Enum<E>> E choice(String key, E def, Class<E> type, Function<E, String> name) {
        Located v = value(key);
        E result = def;
        if (v != null) {
            String text = scalarText(v, key, "one of " + namesOf(type, name));
            if (text != null) {
                E found = null;
                for (E e : type.getEnumConstants()) {
                    if (name.apply(e).equalsIgnoreCase(text)) {
                        found = e;
                    }
                }
                if (found == null) {
                    List<String> names = namesOf(type, name);
                    v.problem(key, Printable.quoted(text) + " is not one of " + String.join(", ", names) + Names.didYouMean(text, names));
                } else {
                    result = found;
                }
            }
        }
        reader.trace(Paths.child(path, key), result == null ? null : name.apply(result));
        return result;
    }

    public Optional<LocalDate> date(String key) {
        Located v = value(key);
        Optional<LocalDate> result = Optional.empty();
        if (v != null && !(v.node instanceof ScalarNode s && YamlNode.isNullScalar(s))) {
            String text = scalarText(v, key, "a date YYYY-MM-DD");
            if (text != null) {
                try {
                    result = Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    v.problem(key, "expected a date YYYY-MM-DD, got " + Printable.quoted(text));
                }
            }
        }
        reader.trace(Paths.child(path, key), result.map(LocalDate::toString).orElse(null));
        return result;
    }

    /** A map cell written as {@code [x, y]}; null when absent or wrong. */
    public Cell cell(String key) {
        Located v = value(key);
        if (v == null) {
            return null;
        }
        Cell c = cellOf(v.node, v.source, Paths.child(path, key));
        if (c != null) {
            reader.trace(Paths.child(path, key), List.of(c.x(), c.y()));
        }
        return c;
    }

    /** A list of cells ({@code [[x, y], ...]}); empty when absent. */
    public List<Cell> cells(String key) {
        Located v = value(key);
        List<Cell> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v.node instanceof SequenceNode seq)) {
            v.problem(key, "expected a list of cells like [[3, 4], [5, 6]], got " + YamlNode.describe(v.node));
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            Cell c = cellOf(items.get(i), v.source, Paths.element(Paths.child(path, key), i));
            if (c != null) {
                out.add(c);
            }
        }
        reader.trace(Paths.child(path, key), out.stream().map(c -> List.of(c.x(), c.y())).toList());
        return out;
    }

    /** A list of plain text values; empty when absent. */
    public List<String> textList(String key, List<String> def) {
        Located v = value(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            reader.trace(Paths.child(path, key), def);
            return def;
        }
        if (v.node instanceof ScalarNode s && !YamlNode.isNullScalar(s)) {
            out.add(s.getValue());
        } else if (v.node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    out.add(s.getValue());
                } else {
                    reader.problem(v.source, YamlNode.lineOf(item), Paths.child(path, key), "expected a list of names, got " + YamlNode.describe(item));
                }
            }
        } else {
            v.problem(key, "expected a list of names like [peacekeeping, buffer], got " + YamlNode.describe(v.node));
        }
        reader.trace(Paths.child(path, key), out);
        return out;
    }

    /** Two numbers written as {@code [min, max]}; {@code def} when absent. */
    public int[] intRange(String key, int[] def, int min, int max) {
        Located v = value(key);
        if (v == null) {
            return def;
        }
        if (v.node instanceof SequenceNode seq && seq.getValue().size() == 2
                && seq.getValue().get(0) instanceof ScalarNode a && seq.getValue().get(1) instanceof ScalarNode b) {
            try {
                int lo = Integer.parseInt(a.getValue().strip());
                int hi = Integer.parseInt(b.getValue().strip());
                if (lo < min || hi > max || lo > hi) {
                    v.problem(key, "[" + lo + ", " + hi + "] must satisfy " + min + " <= min <= max" + (max == Integer.MAX_VALUE ? "" : " <= " + max));
                    return def;
                }
                reader.trace(Paths.child(path, key), List.of(lo, hi));
                return new int[] {lo, hi};
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        v.problem(key, "expected two whole numbers [min, max], got " + YamlNode.describe(v.node));
        return def;
    }

    /** The raw value for callers that parse their own notation (map rows). */
    public YamlNode rawNode(String key) {
        Located v = value(key);
        return v == null ? null : YamlNode.of(v.node);
    }

    /** The file a key's value comes from (the scenario file or an override's source). */
    public String sourceOf(String key) {
        Located v = value(key);
        return v == null ? source : v.source;
    }

    // ---------------------------------------------------------------- structure

    /** A nested section; an absent one reads as empty (all defaults). */
    public Section section(String key) {
        Located v = value(key);
        String childPath = Paths.child(path, key);
        if (v == null) {
            return new Section(reader, childPath, null, source, line);
        }
        return new Section(reader, childPath, v.node, v.source, line);
    }

    /** A list of sections ({@code - key: value} items); empty when absent. */
    public List<Section> sections(String key) {
        Located v = value(key);
        List<Section> out = new ArrayList<>();
        if (v == null || (v.node instanceof ScalarNode s && YamlNode.isNullScalar(s))) {
            return out;
        }
        String listPath = Paths.child(path, key);
        if (!(v.node instanceof SequenceNode seq)) {
            v.problem(key, "expected a list of items (lines starting with '- '), got " + YamlNode.describe(v.node));
            return out;
        }
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = Paths.element(listPath, i);
            ParameterOverride o = reader.override(itemPath);
            if (o != null) {
                out.add(new Section(reader, itemPath, o.value().node, o.source(), o.line()));
            } else {
                out.add(new Section(reader, itemPath, items.get(i), v.source, YamlNode.lineOf(items.get(i))));
            }
        }
        return out;
    }

    /** Reports keys written here that nobody asked for, suggesting the nearest valid one. */
    public void done() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!asked.contains(e.getKey())) {
                reader.problem(source, YamlNode.lineOf(e.getValue().getKeyNode()), Paths.child(path, e.getKey()),
                        "unknown key" + Names.didYouMean(e.getKey(), asked)
                                + (asked.isEmpty() ? "" : " (valid keys here: " + String.join(", ", asked) + ")"));
            }
        }
    }

    /**
     * A key of this section that is itself a parameter path (under {@code set:}, {@code fixed:},
     * {@code vary:}): its canonical form, or null after reporting that it is not a path.
     */
    public String pathKey(String key) {
        if (!Paths.isValid(key)) {
            problem(key, Paths.NOT_A_PATH);
            return null;
        }
        return Paths.canonical(key);
    }

    /** Marks a key as understood without reading it through a getter. */
    public void accept(String key) {
        asked.add(key);
        reader.override(Paths.child(path, key));
    }

    /** Reports a problem located at a key of this section. */
    public void problem(String key, String message) {
        reader.problem(sourceOf(key), lineOf(key), key.isEmpty() ? path : Paths.child(path, key), message);
    }

    // ---------------------------------------------------------------- internals

    private record Located(Section owner, Node node, String source, String fullPath, int line) {
        void problem(String key, String message) {
            owner.reader.problem(source, line, fullPath, message);
        }
    }

    private Located value(String key) {
        asked.add(key);
        String p = Paths.child(path, key);
        ParameterOverride o = reader.override(p);
        if (o != null) {
            String shown = o.prefix().isEmpty() ? p : o.prefix() + p;
            reader.locate(p, o.source(), o.line());
            return new Located(this, o.value().node, o.source(), shown, o.line());
        }
        NodeTuple t = entries.get(key);
        if (t == null) {
            return null;
        }
        Node node = t.getValueNode();
        reader.locate(p, source, YamlNode.lineOf(node));
        return new Located(this, node, source, p, YamlNode.lineOf(node));
    }

    private Double number(Located v, String key, String expected) {
        String text = scalarText(v, key, expected);
        if (text == null) {
            return null;
        }
        try {
            String t = text.strip().replace("_", "");
            if (t.equalsIgnoreCase(".inf") || t.equalsIgnoreCase("+.inf")) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            v.problem(key, "expected " + expected + ", got " + Printable.quoted(text));
            return null;
        }
    }

    private String scalarText(Located v, String key, String expected) {
        if (v.node instanceof ScalarNode s) {
            if (YamlNode.isNullScalar(s)) {
                v.problem(key, "has no value; expected " + expected);
                return null;
            }
            return s.getValue();
        }
        v.problem(key, "expected " + expected + ", got " + YamlNode.describe(v.node));
        return null;
    }

    private Cell cellOf(Node node, String src, String p) {
        if (node instanceof SequenceNode seq && seq.getValue().size() == 2
                && seq.getValue().get(0) instanceof ScalarNode a && seq.getValue().get(1) instanceof ScalarNode b) {
            try {
                return new Cell(Integer.parseInt(a.getValue().strip()), Integer.parseInt(b.getValue().strip()));
            } catch (NumberFormatException e) {
                // fall through to the message
            }
        }
        reader.problem(src, YamlNode.lineOf(node), p, "expected a cell [x, y] of two whole numbers, got " + YamlNode.describe(node));
        return null;
    }

    private static <E extends Enum<E>> List<String> namesOf(Class<E> type, Function<E, String> name) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(name.apply(e));
        }
        return names;
    }

    /**
     * A number as a person writes it: 0.000001, not 1.0E-6; scientific notation only far from 1
     * (1e-12, 1e+300), where it is the clearer form.
     */
    public static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        double a = Math.abs(d);
        if (a >= 1e-9 && a < 1e15) {
            return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        return Double.toString(d).replace("E-", "e-").replace("E", "e+");
    }

    /** "in [0, 1]", "of at least 0" or "of at most 5": a bound of the largest double is no bound to tell. */
    static String range(double min, double max) {
        boolean noMin = min <= -Double.MAX_VALUE;
        boolean noMax = max >= Double.MAX_VALUE;
        if (noMin && noMax) {
            return "(any finite value)";
        }
        if (noMax) {
            return "of at least " + fmt(min);
        }
        if (noMin) {
            return "of at most " + fmt(max);
        }
        return "in [" + fmt(min) + ", " + fmt(max) + "]";
    }
}
