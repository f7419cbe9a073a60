package ceasefire.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.Geography;
import ceasefire.scenario.RuleSetSpec;
import ceasefire.scenario.RuleSpec;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A property of the move prefilter: it never clears a move that {@link Judge#judge} finds
 * breaking a rule in force. Checked on the tiny and the flagship maps for many random rule sets
 * (rules on or off, random zones and distances), on every cell, for every kind of unit and side
 * and every neighbouring origin: exhaustive over moves, random over rule sets, from a fixed seed.
 */
class MovePrefilterTest {

    private static final int RULE_SETS = 60;

    @Test
    void thePrefilterNeverSkipsAMoveThatBreaksARuleInForce() {
        SplittableRandom random = new SplittableRandom(20261201);
        int guilty = 0;
        int cleared = 0;
        for (Geography g : List.of(TestFiles.load(TestFiles.tiny()).geography(), TestFiles.load(TestFiles.flagship()).geography())) {
            MapView map = MapView.of(g);
            for (int k = 0; k < RULE_SETS; k++) {
                RuleSetSpec rules = randomRules(random, g);
                MovePrefilter filter = MovePrefilter.of(rules, map, g.width(), g.height());
                for (int y = 0; y < g.height(); y++) {
                    for (int x = 0; x < g.width(); x++) {
                        for (UnitKind kind : UnitKind.values()) {
                            boolean may = filter.mayBreak(kind, x, y);
                            for (SideKey side : SideKey.values()) {
                                for (int dy = -1; dy <= 1; dy++) {
                                    for (int dx = -1; dx <= 1; dx++) {
                                        int fx = x + dx;
                                        int fy = y + dy;
                                        if ((dx == 0 && dy == 0) || !g.contains(fx, fy)) {
                                            continue;
                                        }
                                        Verdict v = Judge.judge(new Act(ActKind.MOVE, side, kind, fx, fy, x, y), rules, map);
                                        if (v.violation()) {
                                            guilty++;
                                            if (!may) {
                                                throw new AssertionError("the prefilter clears " + kind + " of " + side + " moving from (" + fx
                                                        + ", " + fy + ") to (" + x + ", " + y + "), which breaks " + v.rules() + " under " + rules);
                                            }
                                        } else if (!may) {
                                            cleared++;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Guards the property against passing vacuously: many moves break rules, many are cleared.
        assertTrue(guilty > 10_000, "moves breaking a rule: " + guilty);
        assertTrue(cleared > 100_000, "moves the prefilter clears: " + cleared);
    }

    @Test
    void everyRuleHasAMoveFootprint() {
        Geography g = TestFiles.load(TestFiles.tiny()).geography();
        for (RuleSpec rule : randomRules(new SplittableRandom(1), g).all()) {
            Judge.mayBreakByMovingInto(rule, UnitKind.INFANTRY, 0, 0, MapView.of(g)); // throws for a rule without one
        }
    }

    private static RuleSetSpec randomRules(SplittableRandom r, Geography g) {
        List<String> zones = new ArrayList<>();
        for (String z : g.zoneNames()) {
            if (r.nextInt(3) == 0) {
                zones.add(z);
            }
        }
        return new RuleSetSpec(new RuleSpec.NoFireAcrossLine(r.nextBoolean(), 3),
                new RuleSpec.NoZoneEntry(r.nextInt(4) > 0, 4, zones),
                new RuleSpec.NoForwardPositions(r.nextBoolean(), 3),
                new RuleSpec.NoHeavyWeaponsNearLine(r.nextInt(4) > 0, 2, r.nextInt(12)),
                new RuleSpec.NoDroneStrikes(r.nextBoolean(), 5),
                new RuleSpec.ComplyWithWithdrawal(r.nextBoolean(), 3));
    }
}
