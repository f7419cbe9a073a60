package ceasefire.calibrate;

import ceasefire.scenario.Paths;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 * Writes the fitted scenario: the scenario file's own YAML tree (comments kept) with each fitted
 * value put in place at its path (added where the file left the default), checked by loading it
 * again and comparing every fitted value, so best.yaml always runs as it says.
 */
final class BestScenario {

    private BestScenario() {
    }

    static String write(CalibrationSpec spec, double[] best) throws IOException, ScenarioException {
        String original = Files.readString(spec.scenarioFile(), StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder();
        head.append("# Fitted by 'ceasefire calibrate ").append(spec.label()).append("' (").append(spec.method().id()).append(", ")
                .append(spec.objective().id()).append(") from ").append(spec.scenarioFile()).append(".\n");
        for (int i = 0; i < best.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            head.append("#   ").append(p.path()).append(": ").append(p.text(best[i])).append("\n");
        }
        head.append("# See summary.json beside this file for the intervals and the goodness of fit.\n");
        for (boolean comments : new boolean[] {true, false}) {
            String body = substitute(original, spec, best, comments);
            String text = head + body;
            if (check(text, spec, best)) {
                return text;
            }
        }
        throw new IllegalStateException("the fitted scenario could not be written so that it loads with the fitted values");
    }

    private static String substitute(String text, CalibrationSpec spec, double[] best, boolean comments) {
        LoaderOptions lo = new LoaderOptions();
        lo.setProcessComments(comments);
        lo.setMaxAliasesForCollections(ceasefire.scenario.YamlText.MAX_ALIASES);
        DumperOptions d = new DumperOptions();
        d.setProcessComments(comments);
        d.setWidth(160);
        d.setSplitLines(false);
        d.setIndent(2);
        d.setPrettyFlow(false);
        Yaml yaml = new Yaml(lo);
        Node root = yaml.compose(new StringReader(text));
        for (int i = 0; i < best.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            put(root, p.path(), p.text(best[i]));
        }
        StringWriter w = new StringWriter();
        new Yaml(d).serialize(root, w);
        return w.toString();
    }

    /** Sets the scalar at {@code path} (dots and [i] indexes), creating sections on the way. */
    static void put(Node root, String path, String value) {
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

    private static boolean check(String text, CalibrationSpec spec, double[] best) {
        try {
            Scenario s = ScenarioDocument.parse(text, "best.yaml").bind();
            for (int i = 0; i < best.length; i++) {
                CalibrationSpec.FitParameter p = spec.parameters().get(i);
                Object v = s.parameters().get(Paths.canonical(p.path()));
                if (!(v instanceof Number n) || Math.abs(n.doubleValue() - Double.parseDouble(p.text(best[i]))) > 1e-12 * Math.max(1, Math.abs(n.doubleValue()))) {
                    return false;
                }
            }
            Scenario original = spec.document().bind();
            return Objects.equals(original.name(), s.name()) && original.timeline().size() == s.timeline().size();
        } catch (ScenarioException | RuntimeException e) {
            return false;
        }
    }
}
