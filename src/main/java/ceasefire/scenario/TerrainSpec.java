package ceasefire.scenario;

import java.util.EnumMap;
import java.util.Map;

/**
 * How ground affects fighting and movement.
 *
 * @param cover    per terrain, the share of aimed fire's effect that cover absorbs, in [0, 1)
 * @param mobility per terrain, the chance per day that a unit ordered to move onto such a cell
 *                 makes it, in [0, 1]
 */
public record TerrainSpec(Map<Terrain, Double> cover, Map<Terrain, Double> mobility) {

    public TerrainSpec {
        cover = new EnumMap<>(cover);
        mobility = new EnumMap<>(mobility);
        for (Terrain t : Terrain.values()) {
            if (t.passable() && (!cover.containsKey(t) || !mobility.containsKey(t))) {
                throw new IllegalArgumentException("terrain " + t.yamlName() + " needs cover and mobility");
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
