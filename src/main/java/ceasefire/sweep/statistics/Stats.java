package ceasefire.sweep.statistics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistics a sweep reports, in one place: descriptive summaries with Student t intervals,
 * proportions with Wilson intervals, and the two-sample comparisons of {@code compare} (Welch's t,
 * Mann-Whitney U, Hedges' g, Cliff's delta, Newcombe's interval for a difference of proportions,
 * Holm's correction). Tests and p-values come from Commons Math where it has them.
 *
 * <p>The distributions below are built with a null random generator: they are only used for
 * quantiles and probabilities, never sampled, so no unseeded generator is ever created.</p>
 */
public final class Stats {

    /** Confidence level of every interval reported. */
    public static final double LEVEL = 0.95;

    private Stats() {
    }

    // ------------------------------------------------------------------ one sample

    /**
     * A sample's summary. Intervals are NaN when they cannot be computed (fewer than two values).
     *
     * @param ciLow  lower end of the 95% interval of the mean (Student t) or of the proportion (Wilson)
     * @param median R's default (type 7) quantile, as are q1 and q3
     */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double median, double q1, double q3,
                          double min, double max) {
    }

    /** Mean, sample standard deviation, Student t interval of the mean, median, quartiles, range. */
    public static Summary describe(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = mean(values);
        double sd = sd(values, mean);
        double[] ci = tInterval(mean, sd, n);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(n, mean, sd, ci[0], ci[1], quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[0],
                sorted[n - 1]);
    }

    /** A yes/no sample (values 0 or 1) as a proportion with its Wilson interval; quartiles are NaN. */
    public static Summary describeProportion(double[] values) {
        int n = values.length;
        if (n == 0) {
            return describe(values);
        }
        int yes = 0;
        for (double v : values) {
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("a yes/no metric has the value " + v);
            }
            yes += v == 1 ? 1 : 0;
        }
        double p = yes / (double) n;
        double[] ci = wilson(yes, n);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Summary(n, p, sd(values, p), ci[0], ci[1], Double.NaN, Double.NaN, Double.NaN, sorted[0], sorted[n - 1]);
    }

    /** Resamples of {@link #bootstrapMean}. */
    public static final int BOOTSTRAP_RESAMPLES = 4000;

    /**
     * Percentile bootstrap interval of the mean (Efron and Tibshirani 1993, ch. 13): the 2.5% and
     * 97.5% quantiles of the means of {@link #BOOTSTRAP_RESAMPLES} resamples with replacement,
     * drawn from a generator seeded with {@code seed} (so the same values give the same interval).
     * It lies within [min, max] of the values, so never outside the metric's possible range.
     */
    public static double[] bootstrapMean(double[] values, long seed) {
        int n = values.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        org.apache.commons.math3.random.MersenneTwister random = new org.apache.commons.math3.random.MersenneTwister(seed);
        double[] means = new double[BOOTSTRAP_RESAMPLES];
        for (int b = 0; b < means.length; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        return new double[] {quantile(means, (1 - LEVEL) / 2), quantile(means, 1 - (1 - LEVEL) / 2)};
    }

    /**
     * A metric's summary with an interval inside [{@code lo}, {@code hi}]: Wilson's for a yes/no
     * metric; Student t when it fits; else (a skewed count near 0, a share near 1) the bootstrap
     * percentile interval when there are at least {@link #BOOTSTRAP_MIN_N} runs, and below that the t
     * interval cut to [{@code lo}, {@code hi}]: with a handful of runs the bootstrap's percentiles
     * are just the smallest and largest values (with 3 runs, the min and the max), far narrower than
     * a 95% interval. {@code method} says which: {@code wilson}, {@code t}, {@code bootstrap} or
     * {@code t-truncated}.
     */
    public record Estimate(Summary stats, String method) {
    }

    public static Estimate estimate(double[] values, boolean binary, double lo, double hi) {
        if (binary) {
            return new Estimate(describeProportion(values), "wilson");
        }
        Summary s = describe(values);
        if (s.n() >= 2 && s.n() < BOOTSTRAP_MIN_N && (s.ciLow() < lo || s.ciHigh() > hi)) {
            return new Estimate(new Summary(s.n(), s.mean(), s.sd(), Math.max(lo, s.ciLow()), Math.min(hi, s.ciHigh()), s.median(), s.q1(), s.q3(),
                    s.min(), s.max()), "t-truncated");
        }
        if (s.n() >= 2 && (s.ciLow() < lo || s.ciHigh() > hi)) {
            double[] ci = bootstrapMean(values, BOOTSTRAP_SEED);
            return new Estimate(new Summary(s.n(), s.mean(), s.sd(), ci[0], ci[1], s.median(), s.q1(), s.q3(), s.min(), s.max()), "bootstrap");
        }
        return new Estimate(s, "t");
    }

    /**
     * Fewest runs for the bootstrap interval of {@link #estimate}; below it the truncated t interval.
     * With n runs the percentile bootstrap cannot reach past the sample's range and is too narrow
     * for small n (its coverage falls well short of 95% below about 10).
     */
    public static final int BOOTSTRAP_MIN_N = 10;

    /** The bootstrap's fixed seed: intervals are a function of the values alone. */
    static final long BOOTSTRAP_SEED = 20_261_201L;

    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n - 1), by the two-pass formula; NaN for fewer than two values. */
    public static double sd(double[] v, double mean) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double ss = 0;
        double c = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
            c += x - mean;
        }
        return Math.sqrt((ss - c * c / v.length) / (v.length - 1));
    }

    /** The 95% Student t interval of a mean. */
    public static double[] tInterval(double mean, double sd, int n) {
        if (n < 2 || Double.isNaN(sd)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new double[] {mean - half, mean + half};
    }

    /** Two-sided 95% critical value of Student's t with {@code df} degrees of freedom. */
    static double tQuantile(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    /** Two-sided 95% critical value of the standard normal (1.959964...). */
    static double z() {
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    }

    /**
     * Wilson's score interval for {@code yes} successes in {@code n} trials (Wilson 1927): unlike
     * the textbook p +- z se, it stays inside [0, 1] and keeps its coverage near 0 and 1.
     */
    public static double[] wilson(int yes, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = z();
        double p = yes / (double) n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Quantile of sorted values by R's default definition (type 7: linear between order statistics). */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    // ------------------------------------------------------------------ two samples

    /**
     * Welch's comparison of two means: the difference B - A, its 95% interval with
     * Welch-Satterthwaite degrees of freedom, and the two-sided p-value (Commons Math's
     * {@link TTest#tTest(double[], double[])}). NaN where undefined (fewer than two values, or no
     * variation in either sample).
     */
    public record Welch(double difference, double ciLow, double ciHigh, double df, double p) {
    }

    public static Welch welch(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            double diff = a.length > 0 && b.length > 0 ? mean(b) - mean(a) : Double.NaN;
            return new Welch(diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double ma = mean(a);
        double mb = mean(b);
        double va = Math.pow(sd(a, ma), 2) / a.length;
        double vb = Math.pow(sd(b, mb), 2) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            // Both samples constant: equal means are no difference at all; unequal ones differ
            // beyond any doubt the data could express.
            return new Welch(mb - ma, mb - ma, mb - ma, Double.NaN, ma == mb ? 1.0 : 0.0);
        }
        double df = Math.pow(va + vb, 2) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = tQuantile(df) * se;
        double p = new TTest().tTest(a, b);
        return new Welch(mb - ma, mb - ma - half, mb - ma + half, df, p);
    }

    /**
     * Two-sided p-value of the Mann-Whitney U test: U from Commons Math
     * ({@link MannWhitneyUTest#mannWhitneyU}), p from the normal approximation with the variance
     * corrected for ties. Without ties this is exactly Commons Math's
     * {@link MannWhitneyUTest#mannWhitneyUTest} p-value; with ties (yes/no metrics, small counts)
     * Commons Math's uncorrected variance overstates the p-value, a lot for yes/no metrics.
     * NaN when either sample is empty.
     */
    public static double mannWhitney(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 == 0 || n2 == 0) {
            return Double.NaN;
        }
        double uMax = new MannWhitneyUTest().mannWhitneyU(a, b);
        double uMin = (double) n1 * n2 - uMax;
        double n = n1 + n2;
        double[] all = new double[n1 + n2];
        System.arraycopy(a, 0, all, 0, n1);
        System.arraycopy(b, 0, all, n1, n2);
        Arrays.sort(all);
        double ties = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double variance = n1 * (double) n2 / 12.0 * ((n + 1) - ties / (n * (n - 1)));
        if (variance <= 0) {
            // Every value tied: no evidence of a shift at all.
            return 1.0;
        }
        double z = (uMin - n1 * (double) n2 / 2.0) / Math.sqrt(variance);
        return Math.min(1.0, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(z));
    }

    /**
     * Two-sided p-value of the paired t-test (Commons Math's {@link TTest#pairedTTest}) for runs
     * that share their seeds; NaN for fewer than two pairs.
     */
    public static double paired(double[] a, double[] b) {
        if (a.length < 2 || a.length != b.length) {
            return Double.NaN;
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
        }
        double sd = sd(d, mean(d));
        if (sd == 0) {
            // Every pair differs by the same amount: none (p = 1) or beyond any doubt (p = 0).
            return d[0] == 0 ? 1.0 : 0.0;
        }
        return new TTest().pairedTTest(a, b);
    }

    /**
     * Hedges' g: the difference of means B - A over the pooled standard deviation, corrected for
     * small-sample bias (Hedges 1981), with an approximate 95% interval (Hedges and Olkin 1985).
     */
    public record Effect(double g, double ciLow, double ciHigh) {
    }

    public static Effect hedgesG(double[] a, double[] b) {
        int na = a.length;
        int nb = b.length;
        if (na < 2 || nb < 2) {
            return new Effect(Double.NaN, Double.NaN, Double.NaN);
        }
        double ma = mean(a);
        double mb = mean(b);
        double pooled = Math.sqrt(((na - 1) * Math.pow(sd(a, ma), 2) + (nb - 1) * Math.pow(sd(b, mb), 2)) / (na + nb - 2));
        if (pooled == 0) {
            return new Effect(Double.NaN, Double.NaN, Double.NaN);
        }
        double j = 1 - 3.0 / (4.0 * (na + nb) - 9);
        double g = j * (mb - ma) / pooled;
        double se = Math.sqrt((na + nb) / (double) (na * nb) + g * g / (2.0 * (na + nb)));
        double z = z();
        return new Effect(g, g - z * se, g + z * se);
    }

    /**
     * Cliff's delta: P(B > A) - P(B < A) over all pairs, in [-1, 1]; robust to outliers and
     * meaningful for counts and skewed metrics where a standardised mean difference is not.
     */
    public static double cliffsDelta(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            return Double.NaN;
        }
        double[] sa = a.clone();
        Arrays.sort(sa);
        long greater = 0;
        long less = 0;
        for (double x : b) {
            int below = lowerBound(sa, x);
            int notAbove = upperBound(sa, x);
            greater += below;
            less += sa.length - notAbove;
        }
        return (greater - less) / ((double) a.length * b.length);
    }

    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Newcombe's hybrid score interval for a difference of proportions p_B - p_A (Newcombe 1998,
     * method 10), built from the two Wilson intervals.
     */
    public static double[] newcombe(int yesA, int nA, int yesB, int nB) {
        if (nA == 0 || nB == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double pa = yesA / (double) nA;
        double pb = yesB / (double) nB;
        double[] wa = wilson(yesA, nA);
        double[] wb = wilson(yesB, nB);
        double d = pb - pa;
        double lower = d - Math.sqrt(Math.pow(pb - wb[0], 2) + Math.pow(wa[1] - pa, 2));
        double upper = d + Math.sqrt(Math.pow(wb[1] - pb, 2) + Math.pow(pa - wa[0], 2));
        return new double[] {lower, upper};
    }

    /**
     * Holm's step-down adjustment of p-values (Holm 1979): controls the chance of any false
     * positive among all the tests, without Bonferroni's loss of power. NaNs stay NaN and do not
     * count as tests.
     */
    public static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            m += Double.isNaN(p[i]) ? 0 : 1;
        }
        Arrays.sort(order, (x, y) -> Double.compare(Double.isNaN(p[x]) ? 2 : p[x], Double.isNaN(p[y]) ? 2 : p[y]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            out[i] = running;
        }
        return out;
    }
}
