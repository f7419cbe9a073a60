package ceasefire.scenario.yaml;

import ceasefire.scenario.Printable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a parsed YAML document (a scalar, a list or a section) with the line it was
 * written on. It wraps the parser's node so that no parser type reaches the rest of the program:
 * callers ask what kind of value it is and read its text, items or entries.
 */
public final class YamlNode {

    /** One {@code key: value} entry of a section, in file order. */
    public record Entry(YamlNode key, YamlNode value) {
    }

    final Node node;

    private YamlNode(Node node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The wrapper of {@code node}, or null for none. */
    static YamlNode of(Node node) {
        return node == null ? null : new YamlNode(node);
    }

    /**
     * A plain number as a design or a timeline's {@code scale:} computes it: tagged a whole
     * number when {@code integer}, else a real number; written on no line.
     */
    public static YamlNode number(String text, boolean integer) {
        return new YamlNode(new ScalarNode(integer ? Tag.INT : Tag.FLOAT, text, null, null, DumperOptions.ScalarStyle.PLAIN));
    }

    /** A plain number that stands where this value was written (its line is this value's). */
    public YamlNode numberHere(String text, boolean integer) {
        return new YamlNode(new ScalarNode(integer ? Tag.INT : Tag.FLOAT, text, node.getStartMark(), node.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN));
    }

    /** 1-based line where the value starts, 0 when unknown. */
    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isSection() {
        return node instanceof MappingNode;
    }

    /** A scalar YAML types as null: nothing, {@code ~}, {@code null} (or one tagged {@code !!null}). */
    public boolean isNull() {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** A scalar written as a literal block ({@code |}), whose lines are kept. */
    public boolean isLiteralBlock() {
        return node instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
    }

    /** A scalar written as a folded block ({@code >}), whose lines YAML joins into one. */
    public boolean isFoldedBlock() {
        return node instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    }

    /** A scalar's text as written; for a list or section, its YAML kind ({@code sequence}, {@code mapping}). */
    public String text() {
        return node instanceof ScalarNode s ? s.getValue() : node.getNodeId().name();
    }

    /** A list's items; empty for any other value. */
    public List<YamlNode> items() {
        List<YamlNode> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                out.add(new YamlNode(n));
            }
        }
        return out;
    }

    /** A section's entries in file order; empty for any other value. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                out.add(new Entry(new YamlNode(t.getKeyNode()), new YamlNode(t.getValueNode())));
            }
        }
        return out;
    }

    /** Whether this is a section with {@code key} among its (plain) keys. */
    public boolean hasKey(String key) {
        return node instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue()));
    }

    /** What a message says the value is: its quoted text, "nothing", "a list" or "a section". */
    public String describe() {
        return describe(node);
    }

    /** A plain Java value: Long, Double, Boolean, String or null for a scalar (by its YAML type), List or Map. */
    public Object plain() {
        return plain(node);
    }

    private static Object plain(Node node) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            Tag tag = s.getTag();
            try {
                if (Tag.INT.equals(tag)) {
                    return Long.parseLong(v.replace("_", ""));
                }
                if (Tag.FLOAT.equals(tag)) {
                    return Double.parseDouble(v.replace("_", ""));
                }
            } catch (NumberFormatException e) {
                return v; // hexadecimal, sexagesimal or infinities: kept as written
            }
            if (Tag.BOOL.equals(tag)) {
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
            }
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            return v;
        }
        if (node instanceof SequenceNode q) {
            List<Object> list = new ArrayList<>();
            for (Node n : q.getValue()) {
                list.add(plain(n));
            }
            return list;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                map.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode()));
            }
            return map;
        }
        return String.valueOf(node);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static boolean isNullScalar(ScalarNode s) {
        return Tag.NULL.equals(s.getTag()) && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equalsIgnoreCase("null"));
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return isNullScalar(s) ? "nothing" : Printable.quoted(s.getValue());
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a section";
        }
        return "something else";
    }

    @Override
    public String toString() {
        return text();
    }
}
