package ceasefire.sweep.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * Below {@link Stats#BOOTSTRAP_MIN_N} runs a bounded metric's interval is the t interval cut to the
 * metric's range, not a bootstrap whose percentiles are just the sample's extremes.
 */
class StatsSmallSampleTest {

    private static double half(double sd, int n) {
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }

    @Test
    void threeRunsOfACountNearZeroGetTheTruncatedTInterval() {
        double[] counts = {0, 0, 3};
        Stats.Estimate e = Stats.estimate(counts, false, 0, Double.POSITIVE_INFINITY);
        assertEquals("t-truncated", e.method());
        double sd = Math.sqrt(3);
        assertEquals(0, e.stats().ciLow(), 0, "cut at the metric's lower bound");
        assertEquals(1 + half(sd, 3), e.stats().ciHigh(), 1e-9, "the t interval's upper end, 1 + 4.303");
        // The bootstrap would have given the min and max of the three runs: [0, 3].
        double[] boot = Stats.bootstrapMean(counts, Stats.BOOTSTRAP_SEED);
        assertEquals(0, boot[0], 1e-12);
        assertEquals(3, boot[1], 1e-12);
        assertTrue(e.stats().ciHigh() > 5, "wider than the sample's range, as 3 runs warrant: " + e.stats().ciHigh());
    }

    @Test
    void threeRunsOfAShareNearOneAreCutAtOne() {
        double[] shares = {1, 1, 0.8};
        Stats.Estimate e = Stats.estimate(shares, false, 0, 1);
        assertEquals("t-truncated", e.method());
        double mean = 2.8 / 3;
        double sd = Stats.describe(shares).sd();
        assertEquals(mean - half(sd, 3), e.stats().ciLow(), 1e-9);
        assertEquals(1, e.stats().ciHigh(), 0);
        assertTrue(e.stats().ciLow() < 0.8, "reaches below the smallest run, which the bootstrap cannot: " + e.stats().ciLow());
    }

    @Test
    void theBootstrapStartsAtTheDocumentedSize() {
        assertEquals(10, Stats.BOOTSTRAP_MIN_N, "docs/SWEEPS.md says 10");
        double[] nine = {0, 0, 0, 0, 0, 0, 0, 0, 12};
        double[] ten = {0, 0, 0, 0, 0, 0, 0, 0, 0, 12};
        assertEquals("t-truncated", Stats.estimate(nine, false, 0, Double.POSITIVE_INFINITY).method());
        assertEquals("bootstrap", Stats.estimate(ten, false, 0, Double.POSITIVE_INFINITY).method());
        // Inside the range Student t is kept at any size.
        assertEquals("t", Stats.estimate(new double[] {40, 52, 47}, false, 0, Double.POSITIVE_INFINITY).method());
    }
}
