package ceasefire.rules;

import ceasefire.scenario.Control;
import ceasefire.scenario.RuleSetSpec;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Judges acts against a rule set: a pure function of the act, the rules and a view of the map.
 * Every act that breaks a rule in force is an incident; its severity is the sum of the broken
 * rules' weights.
 */
public final class Judge {

    private Judge() {
    }

    public static Verdict judge(Act act, RuleSetSpec rules, MapView map) {
        List<RuleSpec> broken = new ArrayList<>(2);
        for (RuleSpec rule : rules.all()) {
            if (rule.enabled() && breaks(rule, act, map)) {
                broken.add(rule);
            }
        }
        broken.sort(Comparator.comparingDouble(RuleSpec::severity).reversed());
        double severity = 0;
        for (RuleSpec r : broken) {
            severity += r.severity();
        }
        return new Verdict(typeOf(act, broken), broken, severity);
    }

    /** Whether one rule, whatever its weight or switch, forbids the act. */
    public static boolean breaks(RuleSpec rule, Act act, MapView map) {
        if (rule instanceof RuleSpec.NoFireAcrossLine) {
            return act.kind() == ActKind.FIRE || act.kind() == ActKind.DRONE_STRIKE;
        }
        if (rule instanceof RuleSpec.NoDroneStrikes) {
            return act.kind() == ActKind.DRONE_STRIKE;
        }
        if (rule instanceof RuleSpec.NoZoneEntry entry) {
            if (act.kind() != ActKind.MOVE) {
                return false;
            }
            for (String zone : entry.zones()) {
                if (map.inZone(zone, act.x(), act.y()) && !map.inZone(zone, act.fromX(), act.fromY())) {
                    return true;
                }
            }
            return false;
        }
        if (rule instanceof RuleSpec.NoForwardPositions) {
            return act.kind() == ActKind.ESTABLISH_POSITION && map.control(act.x(), act.y()) != Control.of(act.side());
        }
        if (rule instanceof RuleSpec.NoHeavyWeaponsNearLine heavy) {
            if (act.unit() != UnitKind.ARTILLERY) {
                return false;
            }
            boolean nearNow = map.lineDistance(act.x(), act.y()) <= heavy.distance();
            if (act.kind() == ActKind.MOVE) {
                return nearNow && map.lineDistance(act.fromX(), act.fromY()) > heavy.distance();
            }
            return act.kind() == ActKind.ESTABLISH_POSITION && nearNow;
        }
        if (rule instanceof RuleSpec.ComplyWithWithdrawal) {
            return act.kind() == ActKind.REFUSE_WITHDRAWAL;
        }
        throw new IllegalStateException("no judgement for rule " + rule.id());
    }

    /**
     * A rule's footprint for moves: whether a unit of {@code unit}'s kind moving onto
     * {@code (x, y)}, from any neighbouring cell, may break the rule. It must be true whenever
     * {@link #breaks} is true for such a move (it may be true more often); {@link MovePrefilter}
     * is built from it. A new rule needs its case here as well as in {@link #breaks}.
     */
    public static boolean mayBreakByMovingInto(RuleSpec rule, UnitKind unit, int x, int y, MapView map) {
        if (rule instanceof RuleSpec.NoZoneEntry entry) {
            // Entering means arriving inside a closed zone (from outside it).
            for (String zone : entry.zones()) {
                if (map.inZone(zone, x, y)) {
                    return true;
                }
            }
            return false;
        }
        if (rule instanceof RuleSpec.NoHeavyWeaponsNearLine heavy) {
            return unit == UnitKind.ARTILLERY && map.lineDistance(x, y) <= heavy.distance();
        }
        if (rule instanceof RuleSpec.NoFireAcrossLine || rule instanceof RuleSpec.NoDroneStrikes
                || rule instanceof RuleSpec.NoForwardPositions || rule instanceof RuleSpec.ComplyWithWithdrawal) {
            return false; // none of them judges a move
        }
        throw new IllegalStateException("no move footprint for rule " + rule.id());
    }

    /** The incident type: what happened, given which rules it broke. */
    static IncidentType typeOf(Act act, List<RuleSpec> broken) {
        return switch (act.kind()) {
            case FIRE -> act.unit() == UnitKind.ARTILLERY ? IncidentType.ARTILLERY_FIRE : IncidentType.SMALL_ARMS_FIRE;
            case DRONE_STRIKE -> IncidentType.DRONE_STRIKE;
            case MOVE -> broken.stream().anyMatch(r -> r instanceof RuleSpec.NoZoneEntry) || act.unit() != UnitKind.ARTILLERY
                    ? IncidentType.INCURSION : IncidentType.HEAVY_WEAPONS_FORWARD;
            case ESTABLISH_POSITION -> IncidentType.NEW_POSITION;
            case REFUSE_WITHDRAWAL -> IncidentType.REFUSED_WITHDRAWAL;
        };
    }
}
