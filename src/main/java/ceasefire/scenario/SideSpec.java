package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One military: its name, starting attitudes, doctrine, weapons and units. Each value is held to
 * its declaration in {@link ParameterRegistry} ({@code sides.A.*}, {@code sides.B.*}).
 *
 * @param key                 A or B
 * @param name                display name, e.g. "Azerbaijan"
 * @param hostility           starting hostility towards the other side
 * @param grievance           standing grievance that keeps feeding hostility (Richardson's g)
 * @param commitment          starting commitment to the ceasefire; talks renew it to 1
 * @param aggressiveness      how readily hostility turns into violations
 * @param discipline          how well units follow the ceasefire orders (restraint)
 * @param retaliation         tit-for-tat propensity after being hit
 * @param ambition            appetite for taking ground, including inside the peacekeeping zone
 * @param peacekeeperSensitivity how much peacekeepers' presence deters this side's units
 * @param candour             chance of acknowledging (rather than denying) one's own verified
 *                            violation when accused
 * @param threatReaction      Richardson's reaction coefficient k for this side: hostility gained per
 *                            day per unit of the other side's hostility (its posture and threats)
 * @param fatigue             Richardson's fatigue coefficient a for this side: share of hostility lost
 *                            per day; NaN means {@code dynamics.fatigue}
 * @param replacementDays     mean days to replace a destroyed unit and to make good lost personnel
 *                            (reinforcement and rotation); 0 = never
 */
public record SideSpec(SideKey key, String name, double hostility, double grievance, double commitment,
                       double aggressiveness, double discipline, double retaliation, double ambition,
                       double peacekeeperSensitivity, double candour, WeaponsSpec weapons,
                       List<UnitGroupSpec> units, double threatReaction, double fatigue, int replacementDays) {

    public SideSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weapons, "weapons");
        units = List.copyOf(units);
        String prefix = "sides." + key + ".";
        Checks.declared(prefix + "hostility", hostility);
        Checks.declared(prefix + "grievance", grievance);
        Checks.declared(prefix + "commitment", commitment);
        Checks.declared(prefix + "aggressiveness", aggressiveness);
        Checks.declared(prefix + "discipline", discipline);
        Checks.declared(prefix + "retaliation", retaliation);
        Checks.declared(prefix + "ambition", ambition);
        Checks.declared(prefix + "peacekeeper_sensitivity", peacekeeperSensitivity);
        Checks.declared(prefix + "candour", candour);
        Checks.declared(prefix + "threat_reaction", threatReaction);
        if (!Double.isNaN(fatigue)) {
            Checks.declared(prefix + "fatigue", fatigue);
        }
        Checks.declared(prefix + "replacement_days", replacementDays);
    }

    /** This side's fatigue: its own, or {@code dynamics.fatigue} when the scenario gives none. */
    public double fatigueOr(double dynamicsFatigue) {
        return Double.isNaN(fatigue) ? dynamicsFatigue : fatigue;
    }

    public int unitCount() {
        return units.stream().mapToInt(UnitGroupSpec::count).sum();
    }
}
