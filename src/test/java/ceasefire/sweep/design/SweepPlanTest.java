package ceasefire.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.scenario.Scenario;
import ceasefire.sweep.SweepTestFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Run counts, order, values and seeds of every design. */
class SweepPlanTest {

    @Test
    void aGridRunsEveryCombinationWithTheFirstParameterSlowest() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        SweepPlan plan = sweep.plan();
        assertEquals(8, plan.points(), "2 x 2 x 2");
        assertEquals(3, plan.replications());
        assertEquals(24, plan.runs());
        List<String> order = new ArrayList<>();
        for (int p = 0; p < plan.points(); p++) {
            order.add(String.join(",", plan.values(p)));
        }
        assertEquals(List.of("100,0.3,true", "100,0.3,false", "100,0.9,true", "100,0.9,false", "300,0.3,true", "300,0.3,false",
                "300,0.9,true", "300,0.9,false"), order);
        for (int run = 0; run < plan.runs(); run++) {
            assertEquals(run / 3, plan.pointOf(run));
            assertEquals(run % 3, plan.replicationOf(run));
            assertEquals(new Seeds(7).seed(run), plan.seedOf(run));
        }
        // The rule really is switched off at the points that say so.
        Scenario off = sweep.bind(1);
        Scenario on = sweep.bind(0);
        assertEquals(false, off.parameters().get("rules.no_fire_across_line.enabled"));
        assertEquals(true, on.parameters().get("rules.no_fire_across_line.enabled"));
        assertEquals(20, off.run().days(), "fixed overrides apply to every point");
    }

    @Test
    void aSteppedLogRangeDoublesAndIntegerParametersStayWhole() {
        SweepPlan plan = SweepTestFiles.load("two-by-three.yaml").plan();
        assertEquals(6, plan.points());
        Set<String> troops = new java.util.LinkedHashSet<>();
        for (int p = 0; p < plan.points(); p++) {
            troops.add(plan.values(p).get(1));
        }
        assertEquals(List.of("50", "200", "800"), new ArrayList<>(troops), "50 x 4 = 200, x 4 = 800: equal steps in the logarithm");
    }

    @Test
    void aLatinHypercubeHitsEveryStratumOfEveryParameterOnce() {
        SweepPlan plan = SweepTestFiles.load("lhs.yaml").plan();
        assertEquals(12, plan.points());
        assertEquals(24, plan.runs());
        double[][] bounds = {{0.1, 0.9}, {0.2, 1.0}, {50, 400}};
        for (int param = 0; param < 3; param++) {
            boolean[] hit = new boolean[12];
            for (int p = 0; p < 12; p++) {
                double v = plan.level(p, param).number();
                double share = (v - bounds[param][0]) / (bounds[param][1] - bounds[param][0]);
                int stratum = Math.min(11, (int) Math.floor(share * 12));
                if (param < 2) {
                    // Whole-number rounding of troops can cross a stratum edge; the reals cannot.
                    assertTrue(!hit[stratum], "stratum " + stratum + " of parameter " + param + " hit twice");
                }
                hit[stratum] = true;
                assertTrue(v >= bounds[param][0] && v <= bounds[param][1]);
            }
        }
        for (int p = 0; p < 12; p++) {
            String troops = plan.values(p).get(2);
            assertEquals(troops, Long.toString(Math.round(Double.parseDouble(troops))), "peacekeepers.troops is a whole number");
        }
    }

    @Test
    void theHypercubeIsDrawnFromTheBaseSeed() {
        SweepPlan a = SweepTestFiles.load("lhs.yaml").plan();
        SweepPlan b = SweepTestFiles.load("lhs.yaml").plan();
        for (int p = 0; p < a.points(); p++) {
            assertEquals(a.values(p), b.values(p));
        }
        double[][] u1 = SweepPlan.latinHypercube(50, 3, new org.apache.commons.math3.random.MersenneTwister(1));
        double[][] u2 = SweepPlan.latinHypercube(50, 3, new org.apache.commons.math3.random.MersenneTwister(2));
        assertNotEquals(u1[0][0], u2[0][0]);
    }

    @Test
    void sobolFollowsSaltellisScheme() {
        Sweep sweep = SweepTestFiles.load("sobol.yaml");
        SweepPlan plan = sweep.plan();
        int k = 2;
        assertEquals(8 * (k + 2), plan.points(), "N (k + 2) points");
        assertEquals(plan.points(), plan.runs(), "one replication");
        for (int j = 0; j < 8; j++) {
            int row = j * (k + 2);
            assertEquals(j, plan.sobolRow(row));
            assertEquals(0, plan.sobolMatrix(row));
            assertEquals(1, plan.sobolMatrix(row + 1));
            List<String> a = plan.values(row);
            List<String> b = plan.values(row + 1);
            for (int i = 0; i < k; i++) {
                List<String> ab = plan.values(row + 2 + i);
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b.get(c) : a.get(c), ab.get(c), "A_B^" + i + " takes column " + i + " from B, the rest from A");
                }
            }
        }
        double[][] u = SweepPlan.saltelli(4, 1);
        // Sobol's sequence in 2 dimensions after skipping (0, 0): (0.5, 0.5), (0.75, 0.25), (0.25, 0.75), (0.375, 0.375).
        assertArrayEquals(new double[] {0.5}, u[0]);
        assertArrayEquals(new double[] {0.5}, u[1]);
        assertArrayEquals(new double[] {0.75}, u[3]);
        assertArrayEquals(new double[] {0.25}, u[4]);
        assertArrayEquals(new double[] {0.25}, u[5], "A_B^0 of a one-parameter design is B's row");
    }

    @Test
    void replicationsAndSamplesFromTheCommandLineReplaceTheFiles() {
        SweepPlan grid = SweepTestFiles.load("grid.yaml", 5, null).plan();
        assertEquals(40, grid.runs());
        SweepPlan lhs = SweepTestFiles.load("lhs.yaml", 1, 30).plan();
        assertEquals(30, lhs.points());
        assertEquals(30, lhs.runs());
    }
}
