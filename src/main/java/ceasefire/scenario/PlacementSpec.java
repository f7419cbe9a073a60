package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Where a group of units (or posts) starts: either explicit cells, or random passable cells of a
 * zone or named region, optionally within a band of distances from the line of contact.
 *
 * @param region       a zone ({@code A}, {@code B}, {@code peacekeeping}, {@code buffer},
 *                     {@code neutral}) or a region name; empty when {@code cells} is used
 * @param cells        explicit cells; empty when {@code region} is used
 * @param minLineDistance smallest allowed distance (cells) from the line of contact
 * @param maxLineDistance largest allowed distance; {@link Integer#MAX_VALUE} for no limit
 */
public record PlacementSpec(String region, List<Cell> cells, int minLineDistance, int maxLineDistance) {

    public PlacementSpec {
        Objects.requireNonNull(region, "region");
        cells = List.copyOf(cells);
        if (region.isEmpty() == cells.isEmpty()) {
            throw new IllegalArgumentException("a placement needs exactly one of a region or cells");
        }
        if (minLineDistance < 0 || maxLineDistance < minLineDistance) {
            throw new IllegalArgumentException("line distance band [" + minLineDistance + ", " + maxLineDistance + "] is invalid");
        }
    }

    public boolean explicit() {
        return !cells.isEmpty();
    }

    public String describe() {
        if (explicit()) {
            return cells.size() + " listed cell" + (cells.size() == 1 ? "" : "s");
        }
        String band = maxLineDistance == Integer.MAX_VALUE
                ? (minLineDistance == 0 ? "" : " at least " + minLineDistance + " cells from the line")
                : " " + minLineDistance + "-" + maxLineDistance + " cells from the line";
        return "region " + region + band;
    }
}
