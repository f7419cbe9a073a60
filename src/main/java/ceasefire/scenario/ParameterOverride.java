package ceasefire.scenario;

import ceasefire.scenario.yaml.YamlNode;
import java.util.Objects;

/**
 * One value that replaces a scenario value by its path: from {@code --set}, a sweep design point,
 * or a timeline event's {@code set:}.
 *
 * @param path    canonical path, e.g. {@code sides.A.units[0].count}
 * @param value   the new value as written (YAML)
 * @param source  where it was written (a file, or {@code --set})
 * @param line    line in {@code source}, 0 when unknown
 * @param prefix  shown before the path in messages, e.g. {@code timeline[3].set.}
 */
public record ParameterOverride(String path, YamlNode value, String source, int line, String prefix) {

    public ParameterOverride {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(prefix, "prefix");
        path = Paths.canonical(path);
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    /** The text of the value when it is a scalar, else its YAML kind. */
    public String valueText() {
        return value.text();
    }
}
