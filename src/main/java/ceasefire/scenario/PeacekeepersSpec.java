package ceasefire.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The peacekeeping contingent. Troops first garrison the observation posts; the rest form
 * mobile patrols of {@code patrolSize}. Posts and patrols see violations within
 * {@code sensorRadius} cells with a terrain-dependent detection probability, deter nearby units,
 * and demand withdrawals from the zones they are responsible for.
 *
 * @param troops              personnel in theatre (0 = no contingent)
 * @param posts               observation posts (fixed cells)
 * @param postGarrison        troops needed to staff one post fully
 * @param patrolSize          troops per mobile patrol
 * @param patrolSpeed         cells a patrol moves per day
 * @param patrolZones         zones (or regions) the patrols move in
 * @param sensorRadius        how far a post or patrol sees, in cells
 * @param detection           per terrain, the chance a fully staffed site within sensor radius
 *                            detects a violation on such a cell
 * @param deterrence          how strongly a fully staffed site deters units within sensor radius
 * @param mandate             observe-only or interpose
 * @param credibility         how seriously the sides take the contingent's withdrawal demands
 * @param attributionAccuracy chance a detected violation is attributed to the right side
 * @param demandInterval      days between repeated demands to a unit that stays
 */
public record PeacekeepersSpec(String name, int troops, List<Cell> posts, int postGarrison, int patrolSize,
                               int patrolSpeed, List<String> patrolZones, int sensorRadius,
                               Map<Terrain, Double> detection, double deterrence, Mandate mandate,
                               double credibility, double attributionAccuracy, int demandInterval) {

    public PeacekeepersSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mandate, "mandate");
        posts = List.copyOf(posts);
        patrolZones = List.copyOf(patrolZones);
        detection = java.util.Collections.unmodifiableMap(new EnumMap<>(detection));
        Checks.nonNegative("troops", troops);
        Checks.positive("post_garrison", postGarrison);
        Checks.positive("patrol_size", patrolSize);
        Checks.nonNegative("patrol_speed", patrolSpeed);
        Checks.nonNegative("sensor_radius", sensorRadius);
        Checks.unit("deterrence", deterrence);
        Checks.unit("credibility", credibility);
        Checks.unit("attribution_accuracy", attributionAccuracy);
        Checks.positive("demand_interval", demandInterval);
        for (Terrain t : Terrain.values()) {
            if (t.passable()) {
                Double p = detection.get(t);
                if (p == null) {
                    throw new IllegalArgumentException("detection needs a value for " + t.yamlName());
                }
                Checks.unit("detection." + t.yamlName(), p);
            }
        }
    }

    public boolean present() {
        return troops > 0;
    }

    public double detectionOn(Terrain t) {
        return t.passable() ? detection.get(t) : 0.0;
    }
}
