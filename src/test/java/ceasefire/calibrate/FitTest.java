package ceasefire.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The objective's distances and the goodness-of-fit figures, worked out by hand. */
class FitTest {

    private static final boolean[] BOTH = {true, true};

    @Test
    void rmseOfLogOnePlusCountAgainstTheMedian() {
        double[][] sim = {{0, 0}};
        // differences 0 and log(10)
        assertEquals(Math.log(10) / Math.sqrt(2), Fit.rmseLog(new double[] {0, 9}, sim, BOTH), 1e-12);
        assertEquals(Math.log(10), Fit.rmseLog(new double[] {0, 9}, sim, new boolean[] {false, true}), 1e-12, "only the periods used");
    }

    @Test
    void coverageOfTheNinetyPercentBand() {
        double[][] sim = {{0, 5}, {10, 5}, {20, 5}};
        // period 0: band [1, 19] holds 5; period 1: band [5, 5] does not hold 6
        assertEquals(0.5, Fit.coverage90(new double[] {5, 6}, sim, BOTH), 1e-12);
    }

    @Test
    void devianceIsPoissonWithoutOverdispersionAndNegativeBinomialWithIt() {
        double[][] flat = {{2, 4}, {2, 4}};
        // 2 [1 log(1/2) - (1 - 2)] / 2 periods, the second period fits exactly
        assertEquals((1 - Math.log(2)), Fit.deviance(new double[] {1, 4}, flat, BOTH), 1e-12);
        double[][] spread = {{0, 0}, {4, 8}};
        // means 2 and 4 observed exactly: 0 whatever k
        assertEquals(0.0, Fit.deviance(new double[] {2, 4}, spread, BOTH), 1e-12);
        // k = (4 + 16) / ((8 - 2) + (32 - 4)) = 20/34; y = 0 at mean 2: 2 [-(k) log(k / (2 + k))] / 2 periods (the other exact)
        double k = 20.0 / 34;
        assertEquals(-k * Math.log(k / (2 + k)), Fit.deviance(new double[] {0, 4}, spread, BOTH), 1e-12);
    }

    @Test
    void designEffectIsTheVarianceOfARunsTotalOverTheSumOfThePeriodsVariances() {
        // each period varies 0, 1, 2 (variance 1); totals 0, 3, 3 (variance 3): 3 / (1 + 1)
        assertEquals(1.5, Fit.designEffect(new double[][] {{0, 0}, {1, 2}, {2, 1}}, BOTH, false), 1e-12);
        // periods that move together: totals 0, 2, 4 (variance 4) = 2, the number of periods, the most there is
        assertEquals(2.0, Fit.designEffect(new double[][] {{0, 0}, {1, 1}, {2, 2}}, BOTH, false), 1e-12);
        assertEquals(2.0, Fit.designEffect(new double[][] {{0, 0, 9}, {1, 1, 0}, {2, 2, 5}}, new boolean[] {true, true, false}, false), 1e-12,
                "only the periods used");
        // periods that cancel out (totals all 2) would narrow the interval: never below independence
        assertEquals(1.0, Fit.designEffect(new double[][] {{0, 2}, {1, 1}, {2, 0}}, BOTH, false), 1e-12);
        // on the log scale: log(1 + count) = 0, 1, 2 in one period and 0, 2, 1 in the other
        double e1 = Math.E - 1;
        double e2 = Math.E * Math.E - 1;
        assertEquals(1.5, Fit.designEffect(new double[][] {{0, 0}, {e1, e2}, {e2, e1}}, BOTH, true), 1e-12);
        assertEquals(1.0, Fit.designEffect(new double[][] {{0, 0}, {5, 5}}, BOTH, false), 1e-12, "too few runs to tell");
    }

    @Test
    void summaryStatisticsAddWeightedSquaredDistancesInPilotSpreads() {
        double[] obs = {1, 2, 3, 4};
        double[][] sim = {{1, 2, 3, 4}, {1, 2, 3, 4}};
        boolean[] all = {true, true, true, true};
        assertEquals(0.0, Fit.objective(CalibrationSpec.Objective.RMSE_LOG, obs, sim, all, Map.of("level", 2.0), Map.of("level", 0.5)), 1e-12);
        double[][] higher = {{2, 3, 4, 5}, {2, 3, 4, 5}};
        double levelGap = (Math.log(3) + Math.log(4) + Math.log(5) + Math.log(6) - Math.log(2) - Math.log(3) - Math.log(4) - Math.log(5)) / 4;
        double rmse = Fit.rmseLog(obs, higher, all);
        assertEquals(rmse + 2.0 * Math.pow(levelGap / 0.5, 2),
                Fit.objective(CalibrationSpec.Objective.RMSE_LOG, obs, higher, all, Map.of("level", 2.0), Map.of("level", 0.5)), 1e-12);
    }
}
