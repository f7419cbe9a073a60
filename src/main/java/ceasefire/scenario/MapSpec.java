package ceasefire.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The map as written: ASCII rows (one character per cell), their legend and named regions.
 * {@link Geography} holds what is derived from it.
 *
 * @param cellKm nominal width of a cell in kilometres, for reading results (not used by the model)
 */
public record MapSpec(List<String> rows, Map<Character, LegendEntry> legend, Map<String, RegionSpec> regions, double cellKm) {

    public MapSpec {
        rows = List.copyOf(rows);
        legend = Map.copyOf(legend);
        regions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regions));
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one row");
        }
        int width = rows.get(0).length();
        if ((long) width * rows.size() > Limits.MAX_CELLS) {
            throw new IllegalArgumentException("a map has at most " + Limits.count(Limits.MAX_CELLS) + " cells");
        }
        for (String row : rows) {
            if (row.length() != width) {
                throw new IllegalArgumentException("map rows differ in length");
            }
            for (int i = 0; i < row.length(); i++) {
                if (!legend.containsKey(row.charAt(i))) {
                    throw new IllegalArgumentException("map character '" + row.charAt(i) + "' has no legend entry");
                }
            }
        }
        Objects.requireNonNull(regions);
        if (!(cellKm > 0)) {
            throw new IllegalArgumentException("cellKm must be > 0");
        }
    }

    public int width() {
        return rows.get(0).length();
    }

    public int height() {
        return rows.size();
    }

    public LegendEntry at(int x, int y) {
        return legend.get(rows.get(y).charAt(x));
    }
}
