package ceasefire.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * The stylized facts of one run's daily series, as pure functions: how bursty and how persistent
 * incidents are, how far they fall after a recommitment or successful talks and how soon they
 * come back. Every figure is defined in docs/FACTS.md; the tests work them out by hand on small
 * series. NaN means "not defined for this run" (too few periods, nothing before an event).
 */
public final class StylizedFacts {

    /** Days in a week of the weekly series: consecutive blocks from day 0. */
    public static final int WEEK = 7;
    /** A burst week has more incidents than the weekly mean plus this many Poisson standard deviations. */
    public static final double BURST_SIGMAS = 2.0;
    /** Weeks before an event that set the level a drop is measured against. */
    public static final int WEEKS_BEFORE = 4;

    private StylizedFacts() {
    }

    // ------------------------------------------------------------------ aggregation

    /** Sums of consecutive blocks of {@code block} days from day 0; an incomplete last block is left out. */
    public static double[] blocks(double[] daily, int block) {
        if (block < 1) {
            throw new IllegalArgumentException("block must be >= 1, was " + block);
        }
        double[] out = new double[daily.length / block];
        for (int i = 0; i < out.length * block; i++) {
            out[i / block] += daily[i];
        }
        return out;
    }

    /** Means of consecutive blocks of {@code block} days (for an index such as escalation). */
    public static double[] blockMeans(double[] daily, int block) {
        double[] sums = blocks(daily, block);
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= block;
        }
        return sums;
    }

    /**
     * Sums per calendar month of a series whose day 0 is {@code start}: only whole months (every
     * day of the month inside the series) are kept, so a run starting on the 15th loses its first
     * half-month. Without a start date, 30-day blocks from day 0 stand in for months.
     */
    public static double[] months(double[] daily, LocalDate start) {
        if (start == null) {
            return blocks(daily, 30);
        }
        List<Double> out = new ArrayList<>();
        YearMonth m = YearMonth.from(start);
        if (start.getDayOfMonth() != 1) {
            m = m.plusMonths(1);
        }
        while (true) {
            long first = start.until(m.atDay(1), java.time.temporal.ChronoUnit.DAYS);
            long last = first + m.lengthOfMonth() - 1;
            if (last >= daily.length) {
                break;
            }
            double s = 0;
            for (long d = first; d <= last; d++) {
                s += daily[(int) d];
            }
            out.add(s);
            m = m.plusMonths(1);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // ------------------------------------------------------------------ figures

    /** Variance (with n - 1) over mean: 1 for a Poisson process, above 1 when counts cluster. NaN if fewer than 2 periods or mean 0. */
    public static double dispersionIndex(double[] counts) {
        if (counts.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(counts).average().orElse(0);
        if (mean == 0) {
            return Double.NaN;
        }
        double ss = 0;
        for (double c : counts) {
            ss += (c - mean) * (c - mean);
        }
        return ss / (counts.length - 1) / mean;
    }

    /**
     * Lag-1 autocorrelation by the usual estimator, sum (x_t - m)(x_t+1 - m) / sum (x_t - m)^2:
     * about 0 when one period says nothing of the next. NaN if fewer than 3 periods or no variation.
     */
    public static double autocorrelation(double[] x) {
        if (x.length < 3) {
            return Double.NaN;
        }
        double m = Arrays.stream(x).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int t = 0; t < x.length; t++) {
            den += (x[t] - m) * (x[t] - m);
            if (t + 1 < x.length) {
                num += (x[t] - m) * (x[t + 1] - m);
            }
        }
        return den == 0 ? Double.NaN : num / den;
    }

    /** The count above which a week is a burst week: mean + 2 sqrt(mean). */
    public static double burstThreshold(double[] weekly) {
        double mean = Arrays.stream(weekly).average().orElse(0);
        return mean + BURST_SIGMAS * Math.sqrt(mean);
    }

    /**
     * Share of incidents that fall in burst weeks: weeks with more incidents than the run's weekly
     * mean plus two Poisson standard deviations. NaN if there is no incident.
     */
    public static double burstShare(double[] weekly) {
        double total = Arrays.stream(weekly).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double threshold = burstThreshold(weekly);
        double in = 0;
        for (double w : weekly) {
            if (w > threshold) {
                in += w;
            }
        }
        return in / total;
    }

    /**
     * The share {@link #burstShare} would have if the weeks were Poisson with the same mean: a
     * week above the threshold has at least k incidents (k the smallest whole number above it),
     * and E[X; X >= k] = mean x P(X >= k - 1) for a Poisson X.
     */
    public static double poissonBurstShare(double[] weekly) {
        double mean = Arrays.stream(weekly).average().orElse(0);
        if (mean == 0) {
            return Double.NaN;
        }
        int k = (int) Math.floor(burstThreshold(weekly)) + 1;
        // The distribution's own generator is never drawn from (only its cumulative function is used).
        PoissonDistribution p = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        return k - 2 < 0 ? 1.0 : 1 - p.cumulativeProbability(k - 2);
    }

    /** Mean of a series; NaN when empty. */
    public static double mean(double[] x) {
        return x.length == 0 ? Double.NaN : Arrays.stream(x).average().orElse(Double.NaN);
    }

    /**
     * What happened to incidents after an event on day {@code day} (it takes effect at the start
     * of that day). {@code before} is the weekly rate over the 4 weeks (28 days) before the day;
     * {@code drop2} and {@code drop4} are 1 - (weekly rate over the first 2 or 4 weeks from the
     * day) / before: 1 is a complete stop, 0 no change, negative a rise. {@code weeksToHalf} is
     * the number of whole weeks from the day until the first week whose incidents reach half of
     * {@code before} (0 when the first week already does), NaN when none does before the run ends
     * ({@code relapsed} then false). NaN figures: fewer than 28 days before the day, or none of
     * the weeks after it in the run, or nothing before it.
     */
    public record Drop(int day, double before, double drop2, double drop4, double weeksToHalf, boolean relapsed) {
    }

    public static Drop drop(double[] daily, int day) {
        if (day < WEEKS_BEFORE * WEEK || day >= daily.length) {
            return new Drop(day, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double before = sum(daily, day - WEEKS_BEFORE * WEEK, day) / WEEKS_BEFORE;
        if (before == 0) {
            return new Drop(day, 0, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double drop2 = day + 2 * WEEK <= daily.length ? 1 - sum(daily, day, day + 2 * WEEK) / 2 / before : Double.NaN;
        double drop4 = day + 4 * WEEK <= daily.length ? 1 - sum(daily, day, day + 4 * WEEK) / 4 / before : Double.NaN;
        for (int w = 0; day + (w + 1) * WEEK <= daily.length; w++) {
            if (sum(daily, day + w * WEEK, day + (w + 1) * WEEK) >= before / 2) {
                return new Drop(day, before, drop2, drop4, w, true);
            }
        }
        return new Drop(day, before, drop2, drop4, Double.NaN, false);
    }

    private static double sum(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s;
    }
}
