package ceasefire.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The peacekeeping contingent. Troops first garrison the observation posts; the rest form
 * mobile patrols of {@code patrolSize}. Posts and patrols see violations within
 * {@code sensorRadius} cells with a terrain-dependent detection probability, deter nearby units,
 * and demand withdrawals from the zones they are responsible for. Each value is held to its
 * declaration in {@link ParameterRegistry} ({@code peacekeepers.*}).
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
 * @param observers           unarmed military observers in theatre (besides the armed troops): they
 *                            detect and report, but neither deter physically nor block nor demand
 * @param observerTeam        observers per team; each team moves like a patrol
 * @param presence            deterrence felt across the whole sector the force covers at the reference
 *                            density of armed troops (in proportion to density, at most this)
 * @param referenceDensity    troops (or monitors) per cell of the patrol zones at which presence and
 *                            monitoring reach their full strength
 * @param sectorDepth         cells (steps) from the patrol zones within which presence and monitoring
 *                            are felt (the sector)
 * @param monitoring          how strongly the risk of being detected, attributed and blamed deters fire
 *                            from anywhere in the sector, at full monitoring coverage
 * @param withdrawalDemands   whether the force demands that units leave its zone (default: yes under
 *                            interpose, no under an observe-only mandate)
 */
public record PeacekeepersSpec(String name, int troops, List<Cell> posts, int postGarrison, int patrolSize,
                               int patrolSpeed, List<String> patrolZones, int sensorRadius,
                               Map<Terrain, Double> detection, double deterrence, Mandate mandate,
                               double credibility, double attributionAccuracy, int demandInterval,
                               int observers, int observerTeam, double presence, double referenceDensity,
                               int sectorDepth, double monitoring, boolean withdrawalDemands) {

    public PeacekeepersSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mandate, "mandate");
        posts = List.copyOf(posts);
        patrolZones = List.copyOf(patrolZones);
        detection = java.util.Collections.unmodifiableMap(new EnumMap<>(detection));
        Checks.declared("peacekeepers.troops", troops);
        Checks.declared("peacekeepers.post_garrison", postGarrison);
        Checks.declared("peacekeepers.patrol_size", patrolSize);
        Checks.declared("peacekeepers.patrol_speed", patrolSpeed);
        Checks.declared("peacekeepers.sensor_radius", sensorRadius);
        Checks.declared("peacekeepers.deterrence", deterrence);
        Checks.declared("peacekeepers.credibility", credibility);
        Checks.declared("peacekeepers.attribution_accuracy", attributionAccuracy);
        Checks.declared("peacekeepers.demand_interval", demandInterval);
        Checks.declared("peacekeepers.observers", observers);
        Checks.declared("peacekeepers.observer_team", observerTeam);
        Checks.declared("peacekeepers.presence", presence);
        Checks.declared("peacekeepers.reference_density", referenceDensity);
        Checks.declared("peacekeepers.sector_depth", sectorDepth);
        Checks.declared("peacekeepers.monitoring", monitoring);
        for (Terrain t : Terrain.values()) {
            if (t.passable()) {
                Double p = detection.get(t);
                if (p == null) {
                    throw new IllegalArgumentException("detection needs a value for " + t.yamlName());
                }
                Checks.declared("peacekeepers.detection." + t.yamlName(), p);
            }
        }
    }

    public boolean present() {
        return troops > 0;
    }

    /** Teams the observers form (rounded down). */
    public int observerTeams() {
        return observers / observerTeam;
    }

    /** The same force with other posts (automatic placement). */
    public PeacekeepersSpec withPosts(List<Cell> newPosts) {
        return new PeacekeepersSpec(name, troops, newPosts, postGarrison, patrolSize, patrolSpeed, patrolZones, sensorRadius,
                detection, deterrence, mandate, credibility, attributionAccuracy, demandInterval, observers, observerTeam,
                presence, referenceDensity, sectorDepth, monitoring, withdrawalDemands);
    }

    public double detectionOn(Terrain t) {
        return t.passable() ? detection.get(t) : 0.0;
    }
}
