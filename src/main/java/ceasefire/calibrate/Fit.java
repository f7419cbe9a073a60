package ceasefire.calibrate;

import ceasefire.facts.StylizedFacts;
import ceasefire.sweep.statistics.Stats;
import java.util.Arrays;
import java.util.Map;

/**
 * The distances between an observed series and a candidate's replications, as pure functions
 * (docs/CALIBRATION.md, "Objective"). {@code sim[r][p]} is replication r's count in period p;
 * {@code use[p]} says which periods count (the fitted ones, or the held-out ones).
 */
public final class Fit {

    /** The smallest mean a period's count is given in the deviance (a mean of 0 would make any count infinitely unlikely). */
    static final double MIN_MEAN = 0.5;

    private Fit() {
    }

    /** The {@code q} quantile of each period over the replications. */
    public static double[] quantile(double[][] sim, double q) {
        int periods = sim[0].length;
        double[] out = new double[periods];
        double[] col = new double[sim.length];
        for (int p = 0; p < periods; p++) {
            for (int r = 0; r < sim.length; r++) {
                col[r] = sim[r][p];
            }
            Arrays.sort(col);
            out[p] = Stats.quantile(col, q);
        }
        return out;
    }

    /** Root mean square of log(1 + observed) - log(1 + simulated median) over the periods used. */
    public static double rmseLog(double[] obs, double[][] sim, boolean[] use) {
        double[] med = quantile(sim, 0.5);
        double ss = 0;
        int n = 0;
        for (int p = 0; p < obs.length; p++) {
            if (use[p]) {
                double d = Math.log1p(obs[p]) - Math.log1p(med[p]);
                ss += d * d;
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(ss / n);
    }

    /**
     * Mean negative-binomial deviance per period used: the mean of each period is the mean over
     * replications (at least {@value #MIN_MEAN}), the size k is fitted to the replications by
     * moments over all periods, k = sum mean^2 / sum (variance - mean), and the Poisson deviance is
     * used when the replications are not over-dispersed.
     */
    public static double deviance(double[] obs, double[][] sim, boolean[] use) {
        int periods = obs.length;
        double[] mean = new double[periods];
        double num = 0;
        double den = 0;
        for (int p = 0; p < periods; p++) {
            double m = 0;
            for (double[] row : sim) {
                m += row[p];
            }
            m /= sim.length;
            double v = 0;
            for (double[] row : sim) {
                v += (row[p] - m) * (row[p] - m);
            }
            v = sim.length > 1 ? v / (sim.length - 1) : m;
            num += m * m;
            den += v - m;
            mean[p] = Math.max(MIN_MEAN, m);
        }
        double k = den > 0 ? num / den : Double.POSITIVE_INFINITY;
        double total = 0;
        int n = 0;
        for (int p = 0; p < periods; p++) {
            if (!use[p]) {
                continue;
            }
            double y = obs[p];
            double mu = mean[p];
            double term = y > 0 ? y * Math.log(y / mu) : 0;
            if (Double.isInfinite(k) || k <= 0) {
                term -= y - mu;
            } else {
                term -= (y + k) * Math.log((y + k) / (mu + k));
            }
            total += 2 * term;
            n++;
        }
        return n == 0 ? Double.NaN : total / n;
    }

    /**
     * How much more a run's total over the periods used varies than it would if its periods were
     * independent: Var_r(sum_p z[r][p]) / sum_p Var_r(z[r][p]), z = log(1 + count) when {@code log}
     * (the scale of rmse_log) else the count (nb_deviance), variances over the replications r.
     * Bursts, a hostility that remembers and a run that settles high or low make a run's periods
     * move together, so the series says less about a parameter that raises or lowers them all than
     * its number of periods suggests; this is the factor by which a likelihood that treats periods
     * as independent overstates its information (for one parameter, the adjustment of an
     * independence likelihood's ratio test, Chandler and Bate 2007). Kept within [1, periods used]:
     * never narrower than independence on noisy evidence, never beyond full dependence. 1 with fewer
     * than 3 replications.
     */
    public static double designEffect(double[][] sim, boolean[] use, boolean log) {
        int reps = sim.length;
        int n = 0;
        for (boolean u : use) {
            n += u ? 1 : 0;
        }
        if (reps < 3 || n == 0) {
            return 1;
        }
        double[] total = new double[reps];
        double sumOfVariances = 0;
        double[] z = new double[reps];
        for (int p = 0; p < use.length; p++) {
            if (!use[p]) {
                continue;
            }
            for (int r = 0; r < reps; r++) {
                z[r] = log ? Math.log1p(sim[r][p]) : sim[r][p];
                total[r] += z[r];
            }
            sumOfVariances += variance(z);
        }
        if (sumOfVariances <= 0) {
            return 1;
        }
        return Math.max(1, Math.min(n, variance(total) / sumOfVariances));
    }

    /** The sample variance (n - 1 in the denominator) of at least 2 values. */
    private static double variance(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }

    /** Share of the periods used whose observed count lies within the replications' 5% to 95% band. */
    public static double coverage90(double[] obs, double[][] sim, boolean[] use) {
        double[] lo = quantile(sim, 0.05);
        double[] hi = quantile(sim, 0.95);
        int in = 0;
        int n = 0;
        for (int p = 0; p < obs.length; p++) {
            if (use[p]) {
                n++;
                in += obs[p] >= lo[p] && obs[p] <= hi[p] ? 1 : 0;
            }
        }
        return n == 0 ? Double.NaN : in / (double) n;
    }

    /** A summary statistic of the periods used, in order: level (mean of log 1 + count), dispersion index, lag-1 autocorrelation. */
    public static double statistic(String name, double[] counts, boolean[] use) {
        int n = 0;
        for (boolean u : use) {
            n += u ? 1 : 0;
        }
        double[] x = new double[n];
        int i = 0;
        for (int p = 0; p < counts.length; p++) {
            if (use[p]) {
                x[i++] = counts[p];
            }
        }
        return switch (name) {
            case "level" -> {
                double s = 0;
                for (double v : x) {
                    s += Math.log1p(v);
                }
                yield n == 0 ? Double.NaN : s / n;
            }
            case "dispersion" -> StylizedFacts.dispersionIndex(x);
            case "autocorrelation" -> StylizedFacts.autocorrelation(x);
            default -> throw new IllegalArgumentException("no statistic '" + name + "'");
        };
    }

    /** Each replication's value of a statistic. */
    public static double[] statistics(String name, double[][] sim, boolean[] use) {
        double[] out = new double[sim.length];
        for (int r = 0; r < sim.length; r++) {
            out[r] = statistic(name, sim[r], use);
        }
        return out;
    }

    /**
     * The objective: the series distance ({@code rmse_log} or {@code nb_deviance}) plus, for each
     * weighted statistic, weight x ((median over replications - observed) / pilot spread)^2.
     * Undefined statistics (NaN, e.g. a flat series) count as 4 spreads away.
     */
    public static double objective(CalibrationSpec.Objective kind, double[] obs, double[][] sim, boolean[] use, Map<String, Double> weights,
                                   Map<String, Double> spread) {
        double d = kind == CalibrationSpec.Objective.RMSE_LOG ? rmseLog(obs, sim, use) : deviance(obs, sim, use);
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            double o = statistic(w.getKey(), obs, use);
            double[] finite = finite(statistics(w.getKey(), sim, use));
            Arrays.sort(finite);
            double s = Stats.quantile(finite, 0.5);
            double z = Double.isNaN(o) || Double.isNaN(s) ? 4 : (s - o) / spread.get(w.getKey());
            d += w.getValue() * z * z;
        }
        return d;
    }

    /** Spread of each statistic over pilot replications: their standard deviation, or a tenth of the absolute median when they do not vary. */
    public static double spread(double[] values) {
        double[] v = finite(values);
        if (v.length < 2) {
            return 1;
        }
        double sd = Math.sqrt(variance(v));
        return sd > 1e-12 ? sd : Math.max(1e-6, Math.abs(java.util.Arrays.stream(v).average().orElse(0)) / 10);
    }

    private static double[] finite(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
    }
}
