package ceasefire.scenario.yaml;

import ceasefire.scenario.Limits;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Rewrites a YAML document with some values replaced in place, keeping the rest of its tree (and,
 * when asked, its comments): how a fitted scenario is written from the file it was fitted to.
 */
public final class YamlEdit {

    private YamlEdit() {
    }

    /**
     * {@code text} with the scalar at each path (dots and [i] indexes) set to the given value,
     * sections created on the way where the file left a value out; comments kept when
     * {@code comments}. The text is a file the program has already read and checked.
     */
    public static String withValues(String text, Map<String, String> values, boolean comments) {
        LoaderOptions lo = new LoaderOptions();
        lo.setProcessComments(comments);
        lo.setMaxAliasesForCollections(Limits.MAX_ALIASES);
        DumperOptions d = new DumperOptions();
        d.setProcessComments(comments);
        d.setWidth(160);
        d.setSplitLines(false);
        d.setIndent(2);
        d.setPrettyFlow(false);
        Yaml yaml = new Yaml(lo);
        Node root = yaml.compose(new StringReader(text));
        values.forEach((path, value) -> put(root, path, value));
        StringWriter w = new StringWriter();
        new Yaml(d).serialize(root, w);
        return w.toString();
    }

    /** Sets the scalar at {@code path} (dots and [i] indexes), creating sections on the way. */
    private static void put(Node root, String path, String value) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            if (b < 0) {
                parts.add(part);
            } else {
                parts.add(part.substring(0, b));
                for (String idx : part.substring(b + 1).split("\\]\\[?")) {
                    if (!idx.isEmpty()) {
                        parts.add("[" + idx);
                    }
                }
            }
        }
        Node node = root;
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (part.startsWith("[")) {
                SequenceNode seq = (SequenceNode) node;
                int index = Integer.parseInt(part.substring(1));
                if (last) {
                    seq.getValue().set(index, scalar(value));
                    return;
                }
                node = seq.getValue().get(index);
                continue;
            }
            MappingNode map = (MappingNode) node;
            NodeTuple found = null;
            int at = -1;
            for (int t = 0; t < map.getValue().size(); t++) {
                if (map.getValue().get(t).getKeyNode() instanceof ScalarNode k && k.getValue().equals(part)) {
                    found = map.getValue().get(t);
                    at = t;
                }
            }
            if (last) {
                NodeTuple tuple = new NodeTuple(found == null ? scalar(part) : found.getKeyNode(), scalar(value));
                if (found == null) {
                    map.getValue().add(tuple);
                } else {
                    map.getValue().set(at, tuple);
                }
                return;
            }
            if (found == null || !(found.getValueNode() instanceof MappingNode || found.getValueNode() instanceof SequenceNode)) {
                MappingNode child = new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
                NodeTuple tuple = new NodeTuple(found == null ? scalar(part) : found.getKeyNode(), child);
                if (found == null) {
                    map.getValue().add(tuple);
                } else {
                    map.getValue().set(at, tuple);
                }
                node = child;
            } else {
                node = found.getValueNode();
            }
        }
    }

    private static ScalarNode scalar(String text) {
        Tag tag = text.matches("-?[0-9]+") ? Tag.INT : text.matches("-?[0-9.]+([eE][-+]?[0-9]+)?") ? Tag.FLOAT : Tag.STR;
        return new ScalarNode(tag, text, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
