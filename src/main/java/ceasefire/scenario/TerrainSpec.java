package ceasefire.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * How ground affects fighting and movement.
 *
 * @param cover    per terrain, the share of aimed fire's effect that cover absorbs
 * @param mobility per terrain, the chance per day that a unit ordered to move onto such a cell
 *                 makes it
 *                 (each held to its declaration, {@code terrain.<ground>.cover} and {@code .mobility})
 */
public record TerrainSpec(Map<Terrain, Double> cover, Map<Terrain, Double> mobility) {

    public TerrainSpec {
        cover = new EnumMap<>(cover);
        mobility = new EnumMap<>(mobility);
        for (Terrain t : Terrain.values()) {
            if (t.passable() && (!cover.containsKey(t) || !mobility.containsKey(t))) {
                throw new IllegalArgumentException("terrain " + t.yamlName() + " needs cover and mobility");
            }
            if (t.passable()) {
                Checks.declared("terrain." + t.yamlName() + ".cover", cover.get(t));
                Checks.declared("terrain." + t.yamlName() + ".mobility", mobility.get(t));
            }
        }
        cover = java.util.Collections.unmodifiableMap(cover);
        mobility = java.util.Collections.unmodifiableMap(mobility);
    }

    public double coverOf(Terrain t) {
        return t.passable() ? cover.get(t) : 0.0;
    }

    public double mobilityOf(Terrain t) {
        return t.passable() ? mobility.get(t) : 0.0;
    }
}
