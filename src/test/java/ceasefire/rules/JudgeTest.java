package ceasefire.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.scenario.Control;
import ceasefire.scenario.RuleSetSpec;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven judgements on a one-row map: x 0-3 held by A, 4-5 peacekeeping zone, 6 buffer,
 * 7-9 held by B. The line of contact is at x 3 and 7; distance grows by one per cell.
 */
class JudgeTest {

    private static final MapView MAP = new MapView() {
        @Override
        public Control control(int x, int y) {
            return x <= 3 ? Control.A : x <= 5 ? Control.PEACEKEEPING : x == 6 ? Control.BUFFER : Control.B;
        }

        @Override
        public boolean inZone(String zone, int x, int y) {
            return control(x, y).yamlName().equals(zone);
        }

        @Override
        public int lineDistance(int x, int y) {
            return x <= 3 ? 3 - x : x >= 7 ? x - 7 : Math.min(x - 3, 7 - x);
        }
    };

    private static final RuleSetSpec ALL = rules(true, true, true, true, true, true);

    private static RuleSetSpec rules(boolean fire, boolean entry, boolean forward, boolean heavy, boolean drones, boolean withdrawal) {
        return new RuleSetSpec(new RuleSpec.NoFireAcrossLine(fire, 3), new RuleSpec.NoZoneEntry(entry, 4, List.of("peacekeeping", "buffer")),
                new RuleSpec.NoForwardPositions(forward, 3), new RuleSpec.NoHeavyWeaponsNearLine(heavy, 2, 2),
                new RuleSpec.NoDroneStrikes(drones, 5), new RuleSpec.ComplyWithWithdrawal(withdrawal, 3));
    }

    static Stream<Arguments> table() {
        SideKey a = SideKey.A;
        return Stream.of(
                // act, expected type, expected rules (heaviest first), severity
                Arguments.of(new Act(ActKind.FIRE, a, UnitKind.INFANTRY, 3, 0, 7, 0), IncidentType.SMALL_ARMS_FIRE, "no_fire_across_line", 3.0),
                Arguments.of(new Act(ActKind.FIRE, a, UnitKind.ARTILLERY, 0, 0, 8, 0), IncidentType.ARTILLERY_FIRE, "no_fire_across_line", 3.0),
                Arguments.of(new Act(ActKind.DRONE_STRIKE, a, UnitKind.DRONE_TEAM, 0, 0, 9, 0), IncidentType.DRONE_STRIKE,
                        "no_drone_strikes+no_fire_across_line", 8.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.INFANTRY, 3, 0, 4, 0), IncidentType.INCURSION, "no_zone_entry", 4.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.INFANTRY, 4, 0, 5, 0), IncidentType.INCURSION, "", 0.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.INFANTRY, 5, 0, 6, 0), IncidentType.INCURSION, "no_zone_entry", 4.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.INFANTRY, 1, 0, 2, 0), IncidentType.INCURSION, "", 0.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.ARTILLERY, 0, 0, 1, 0), IncidentType.HEAVY_WEAPONS_FORWARD,
                        "no_heavy_weapons_near_line", 2.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.ARTILLERY, 1, 0, 2, 0), IncidentType.HEAVY_WEAPONS_FORWARD, "", 0.0),
                Arguments.of(new Act(ActKind.MOVE, a, UnitKind.ARTILLERY, 3, 0, 4, 0), IncidentType.INCURSION, "no_zone_entry", 4.0),
                Arguments.of(Act.at(ActKind.ESTABLISH_POSITION, a, UnitKind.INFANTRY, 5, 0), IncidentType.NEW_POSITION, "no_forward_positions", 3.0),
                Arguments.of(Act.at(ActKind.ESTABLISH_POSITION, a, UnitKind.INFANTRY, 2, 0), IncidentType.NEW_POSITION, "", 0.0),
                Arguments.of(Act.at(ActKind.ESTABLISH_POSITION, SideKey.B, UnitKind.INFANTRY, 5, 0), IncidentType.NEW_POSITION,
                        "no_forward_positions", 3.0),
                Arguments.of(Act.at(ActKind.REFUSE_WITHDRAWAL, a, UnitKind.INFANTRY, 5, 0), IncidentType.REFUSED_WITHDRAWAL,
                        "comply_with_withdrawal", 3.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void actsAreJudgedByTheRulesInForce(Act act, IncidentType type, String rules, double severity) {
        Verdict v = Judge.judge(act, ALL, MAP);
        assertEquals(rules, v.rules());
        assertEquals(severity, v.severity());
        assertEquals(!rules.isEmpty(), v.violation());
        if (v.violation()) {
            assertEquals(type, v.type());
            assertEquals(rules.split("\\+")[0], v.primaryRule());
        }
    }

    @Test
    void aRuleNotInForceIsNotBroken() {
        Act strike = new Act(ActKind.DRONE_STRIKE, SideKey.B, UnitKind.DRONE_TEAM, 9, 0, 1, 0);
        assertEquals("no_fire_across_line", Judge.judge(strike, rules(true, true, true, true, false, true), MAP).rules());
        assertEquals("", Judge.judge(strike, rules(false, true, true, true, false, true), MAP).rules());
    }

    @Test
    void zoneEntryCountsOnlyTheZonesTheRuleNames() {
        RuleSetSpec onlyBuffer = new RuleSetSpec(new RuleSpec.NoFireAcrossLine(true, 3), new RuleSpec.NoZoneEntry(true, 4, List.of("buffer")),
                new RuleSpec.NoForwardPositions(true, 3), new RuleSpec.NoHeavyWeaponsNearLine(true, 2, 2),
                new RuleSpec.NoDroneStrikes(true, 5), new RuleSpec.ComplyWithWithdrawal(true, 3));
        assertEquals("", Judge.judge(new Act(ActKind.MOVE, SideKey.A, UnitKind.INFANTRY, 3, 0, 4, 0), onlyBuffer, MAP).rules());
        assertEquals("no_zone_entry", Judge.judge(new Act(ActKind.MOVE, SideKey.A, UnitKind.INFANTRY, 5, 0, 6, 0), onlyBuffer, MAP).rules());
    }
}
