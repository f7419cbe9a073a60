package ceasefire.sweep.design;

import ceasefire.scenario.yaml.YamlNode;
import java.util.Objects;

/**
 * One value a varied parameter takes at a design point.
 *
 * @param text   the value as written in {@code runs.csv} (and as the scenario reads it)
 * @param number its numeric reading for statistics and charts: the number itself, 1/0 for
 *               true/false, or the level's position for text values
 * @param node   the YAML value bound into the scenario
 * @param line   line of the value in the sweep file (0 when unknown)
 */
public record Level(String text, double number, YamlNode node, int line) {

    public Level {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(node, "node");
    }
}
