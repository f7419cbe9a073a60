package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A named area of the map (a rectangle, or a list of cells) that placements, orders and rules
 * can refer to, e.g. the heights near a village.
 *
 * @param label how narratives name the place, e.g. "Farukh/Parukh"
 */
public record RegionSpec(String name, String label, List<Cell> cells, int line) {

    public RegionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("region '" + name + "' has no cells");
        }
    }
}
