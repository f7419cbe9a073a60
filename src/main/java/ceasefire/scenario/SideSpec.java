package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One military: its name, starting attitudes, doctrine, weapons and units. Every share is in
 * [0, 1].
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
        Checks.unit("hostility", hostility);
        Checks.unit("grievance", grievance);
        Checks.unit("commitment", commitment);
        Checks.unit("aggressiveness", aggressiveness);
        Checks.unit("discipline", discipline);
        Checks.unit("retaliation", retaliation);
        Checks.unit("ambition", ambition);
        Checks.unit("peacekeeper_sensitivity", peacekeeperSensitivity);
        Checks.unit("candour", candour);
        Checks.unit("threat_reaction", threatReaction);
        if (!Double.isNaN(fatigue)) {
            Checks.unit("fatigue", fatigue);
        }
        Checks.nonNegative("replacement_days", replacementDays);
    }

    /** This side's fatigue: its own, or {@code dynamics.fatigue} when the scenario gives none. */
    public double fatigueOr(double dynamicsFatigue) {
        return Double.isNaN(fatigue) ? dynamicsFatigue : fatigue;
    }

    public int unitCount() {
        return units.stream().mapToInt(UnitGroupSpec::count).sum();
    }
}
