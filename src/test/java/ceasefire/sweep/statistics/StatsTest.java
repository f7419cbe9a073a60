package ceasefire.sweep.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** The statistics against values worked out by hand, published examples, and Commons Math. */
class StatsTest {

    private static final double[] EIGHT = {2, 4, 4, 4, 5, 5, 7, 9};

    @Test
    void describeByHand() {
        Stats.Summary s = Stats.describe(EIGHT);
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12, "sum of squares 32 over n - 1 = 7");
        double t = 2.364624251592785; // qt(0.975, 7)
        double half = t * Math.sqrt(32.0 / 7) / Math.sqrt(8);
        assertEquals(5 - half, s.ciLow(), 1e-9);
        assertEquals(5 + half, s.ciHigh(), 1e-9);
        // R: quantile(c(2,4,4,4,5,5,7,9)) gives 4, 4.5, 5.5 for the quartiles (type 7).
        assertEquals(4.0, s.q1(), 1e-12);
        assertEquals(4.5, s.median(), 1e-12);
        assertEquals(5.5, s.q3(), 1e-12);
        assertEquals(2.0, s.min());
        assertEquals(9.0, s.max());
    }

    @Test
    void describeAgreesWithCommonsMath() {
        double[] v = new double[57];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(i * 1.7) * 40 + i * 0.3 + 1e6;
        }
        DescriptiveStatistics d = new DescriptiveStatistics(v);
        Stats.Summary s = Stats.describe(v);
        assertEquals(d.getMean(), s.mean(), 1e-9);
        assertEquals(d.getStandardDeviation(), s.sd(), 1e-9, "large offsets must not cost precision (two-pass formula)");
        double half = new TDistribution(56).inverseCumulativeProbability(0.975) * d.getStandardDeviation() / Math.sqrt(57);
        assertEquals(d.getMean() - half, s.ciLow(), 1e-9);
        assertEquals(d.getPercentile(50), s.median(), 1e-9, "for odd n every quantile definition agrees on the median");
    }

    @Test
    void smallSamplesHaveNoIntervalRatherThanAWrongOne() {
        Stats.Summary one = Stats.describe(new double[] {3});
        assertEquals(3.0, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        Stats.Summary none = Stats.describe(new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void wilsonIntervalMatchesThePublishedValues() {
        // 8 of 20: 0.2188 to 0.6134 (Wilson score interval without continuity correction).
        double[] w = Stats.wilson(8, 20);
        assertEquals(0.218808, w[0], 1e-5);
        assertEquals(0.613420, w[1], 1e-5);
        // 0 of 20: the interval still has width, [0, 0.1611].
        double[] zero = Stats.wilson(0, 20);
        assertEquals(0.0, zero[0], 1e-12);
        assertEquals(0.161130, zero[1], 1e-5);
        Stats.Summary p = Stats.describeProportion(new double[] {1, 0, 0, 1, 0, 0, 0, 1, 0, 1});
        assertEquals(0.4, p.mean(), 1e-12);
        assertArrayEquals(Stats.wilson(4, 10), new double[] {p.ciLow(), p.ciHigh()}, 1e-12);
        assertTrue(Double.isNaN(p.median()), "quartiles of a yes/no metric are not reported");
    }

    @Test
    void welchAgreesWithCommonsMathAndTheWelchSatterthwaiteFormula() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 4, 6, 8, 10};
        Stats.Welch w = Stats.welch(a, b);
        assertEquals(3.0, w.difference(), 1e-12);
        // var(a)/5 = 0.5, var(b)/5 = 2: df = 2.5^2 / (0.5^2/4 + 2^2/4) = 5.882353
        assertEquals(6.25 / (0.0625 + 1), w.df(), 1e-9);
        double half = new TDistribution(6.25 / 1.0625).inverseCumulativeProbability(0.975) * Math.sqrt(2.5);
        assertEquals(3 - half, w.ciLow(), 1e-9);
        assertEquals(3 + half, w.ciHigh(), 1e-9);
        assertEquals(new TTest().tTest(a, b), w.p(), 1e-12);
        assertEquals(0.1075, w.p(), 5e-4, "R: t.test(1:5, c(2,4,6,8,10)) gives p = 0.1075");
    }

    @Test
    void welchWithoutVariationSaysSoInsteadOfDividingByZero() {
        Stats.Welch same = Stats.welch(new double[] {3, 3, 3}, new double[] {3, 3, 3});
        assertEquals(1.0, same.p());
        Stats.Welch apart = Stats.welch(new double[] {3, 3, 3}, new double[] {4, 4, 4});
        assertEquals(0.0, apart.p());
        assertEquals(1.0, apart.difference());
    }

    @Test
    void mannWhitneyWithoutTiesIsCommonsMathsAndWithTiesCorrectsTheVariance() {
        double[] a = {1.1, 2.3, 3.8, 4.2, 5.9, 7.7};
        double[] b = {2.9, 4.4, 6.1, 8.5, 9.3, 10.2, 11.4};
        assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b), Stats.mannWhitney(a, b), 1e-12);
        // Yes/no data: 2 of 10 against 8 of 10. By hand: U = 20 (A's smaller), ties of 10 zeros
        // and 10 ones, variance = 100/12 * (21 - 2 * 990 / 380) = 131.58, z = -30 / 11.47.
        double[] x = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] y = {1, 1, 1, 1, 1, 1, 1, 1, 0, 0};
        double variance = 100.0 / 12 * (21 - 2 * 990.0 / 380);
        double z = (20 - 50) / Math.sqrt(variance);
        double expected = 2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z);
        assertEquals(expected, Stats.mannWhitney(x, y), 1e-12);
        assertTrue(Stats.mannWhitney(x, y) < new MannWhitneyUTest().mannWhitneyUTest(x, y),
                "without the tie correction Commons Math overstates the p-value");
        assertEquals(1.0, Stats.mannWhitney(new double[] {0, 0}, new double[] {0, 0, 0}), "all tied: no evidence at all");
    }

    @Test
    void hedgesGAndCliffsDeltaByHand() {
        double[] a = {1, 2, 3};
        double[] b = {2, 3, 4};
        // Pooled sd 1, d = 1, J = 1 - 3 / (4 * 6 - 9) = 0.8.
        Stats.Effect g = Stats.hedgesG(a, b);
        assertEquals(0.8, g.g(), 1e-12);
        double se = Math.sqrt(6.0 / 9 + 0.64 / 12);
        assertEquals(0.8 - 1.959963984540054 * se, g.ciLow(), 1e-9);
        // Pairs with B above A: 1 + 2 + 3 = 6; below: 1; delta = 5 / 9.
        assertEquals(5.0 / 9, Stats.cliffsDelta(a, b), 1e-12);
        assertEquals(-5.0 / 9, Stats.cliffsDelta(b, a), 1e-12);
        assertEquals(1.0, Stats.cliffsDelta(new double[] {1, 2}, new double[] {5, 6}), 1e-12);
    }

    @Test
    void newcombeIntervalMatchesNewcombesWorkedExample() {
        // Newcombe (1998), Statistics in Medicine 17:873, table II: 56/70 - 48/80, method 10: 0.0524 to 0.3339.
        double[] ci = Stats.newcombe(48, 80, 56, 70);
        assertEquals(0.0524, ci[0], 1e-4);
        assertEquals(0.3339, ci[1], 1e-4);
    }

    @Test
    void holmAdjustsStepDownAndKeepsOrder() {
        double[] adjusted = Stats.holm(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN});
        // Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04, raised to 0.06.
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, java.util.Arrays.copyOf(adjusted, 4), 1e-12);
        assertTrue(Double.isNaN(adjusted[4]));
    }

    // Bounded metrics (moved from sweep/BoundedStatsTest when Stats moved to sweep/statistics).

    @Test
    void aSkewedCountNearZeroGetsABootstrapIntervalThatStaysAboveZero() {
        double[] counts = {0, 0, 0, 0, 0, 0, 0, 0, 0, 12};
        Stats.Summary t = Stats.describe(counts);
        assertTrue(t.ciLow() < 0, "Student t goes below 0 here: " + t.ciLow());
        Stats.Estimate e = Stats.estimate(counts, false, 0, Double.POSITIVE_INFINITY);
        assertEquals("bootstrap", e.method());
        assertTrue(e.stats().ciLow() >= 0 && e.stats().ciHigh() <= 12, e.stats().ciLow() + ", " + e.stats().ciHigh());
        assertEquals(1.2, e.stats().mean(), 1e-12);
        assertTrue(e.stats().ciHigh() > 1.2, "the interval holds the mean");
        double[] again = Stats.bootstrapMean(counts, Stats.BOOTSTRAP_SEED);
        assertEquals(e.stats().ciLow(), again[0], 0, "the same values give the same interval");
    }

    @Test
    void aShareNearOneStaysAtOrBelowOneAndWellBehavedDataKeepStudentT() {
        double[] shares = {1, 1, 1, 1, 0.7, 1, 1, 1, 1, 1};
        Stats.Estimate e = Stats.estimate(shares, false, 0, 1);
        assertEquals("bootstrap", e.method());
        assertTrue(e.stats().ciHigh() <= 1, "ci_high " + e.stats().ciHigh());
        double[] plain = {40, 52, 47, 61, 38, 55, 49, 44};
        Stats.Estimate t = Stats.estimate(plain, false, 0, Double.POSITIVE_INFINITY);
        assertEquals("t", t.method());
        assertEquals(Stats.describe(plain).ciLow(), t.stats().ciLow(), 0);
        assertEquals("wilson", Stats.estimate(new double[] {0, 0, 1}, true, 0, 1).method());
    }

    @Test
    void bootstrapCoverageIsNearNinetyFivePercentForSkewedCounts() {
        // Poisson-like counts with mean 2: over 400 samples of 30, the interval holds the true mean about 95% of the time.
        org.apache.commons.math3.distribution.PoissonDistribution poisson = new org.apache.commons.math3.distribution.PoissonDistribution(
                new org.apache.commons.math3.random.MersenneTwister(11), 2, 1e-12, 1000);
        int held = 0;
        int trials = 400;
        for (int k = 0; k < trials; k++) {
            double[] v = new double[30];
            for (int i = 0; i < v.length; i++) {
                v[i] = poisson.sample();
            }
            double[] ci = Stats.bootstrapMean(v, k);
            held += ci[0] <= 2 && 2 <= ci[1] ? 1 : 0;
        }
        double coverage = held / (double) trials;
        // Percentile intervals run a little narrow at n = 30; 0.90 to 0.98 is the tolerance.
        assertTrue(coverage > 0.90 && coverage < 0.98, "coverage " + coverage);
    }
}
