package ceasefire.scenario;

import java.util.Objects;

/** What one character of the ASCII map stands for. */
public record LegendEntry(char symbol, Terrain terrain, Control control, String label) {

    public LegendEntry {
        Objects.requireNonNull(terrain, "terrain");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(label, "label");
    }
}
