package ceasefire.sweep.statistics;

import ceasefire.sweep.design.Design;
import ceasefire.sweep.design.Parameter;
import ceasefire.sweep.design.SweepPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Which parameters drive each metric, for sampled designs (Latin hypercube, Sobol). The response
 * at a design point is the mean of its replications' defined values.
 * <ul>
 *   <li>{@code src}: standardised regression coefficients of a linear regression of the metric on
 *       all parameters at once, with 95% intervals from the regression's standard errors, and the
 *       regression's R² (SRCs describe the model only as far as R² is high, say above 0.7);</li>
 *   <li>{@code spearman}: Spearman rank correlation of the metric with each parameter, with a 95%
 *       interval by Fisher's z (variance 1.06 / (n - 3), Fieller, Hartley and Pearson 1957) and
 *       the p-value of no association; captures monotone, non-linear effects;</li>
 *   <li>{@code sobol_first}, {@code sobol_total}: Sobol indices from Saltelli's A, B, A_B^i design,
 *       first order by Saltelli et al. (2010, eq. b of table 2) and total order by Jansen (1999),
 *       with 95% percentile bootstrap intervals over the sample rows;</li>
 *   <li>{@code noise_share}: with replications, the share of run-to-run variance that is within
 *       design points (the seed, not the parameters).</li>
 * </ul>
 */
public final class Sensitivity {

    /** Bootstrap resamples for Sobol index intervals. */
    static final int BOOTSTRAP = 1000;
    private static final long BOOTSTRAP_SALT = 0x5053_4F42_4F4CL;

    /**
     * One sensitivity measure of one metric to one parameter.
     *
     * @param measure src, spearman, sobol_first, sobol_total or noise_share
     * @param p       p-value of no effect (src and spearman), else NaN
     * @param n       design points (or runs, for noise_share) the estimate rests on
     * @param r2      R² of the regression (src), else NaN
     */
    public record Index(String metric, String parameter, String measure, double estimate, double ciLow, double ciHigh, double p,
                        int n, double r2, String note) {
    }

    private Sensitivity() {
    }

    /**
     * R² below which SRCs are not read as drivers: the linear model explains too little of the
     * response for its coefficients to rank the parameters (docs/SWEEPS.md, section 7).
     */
    public static final double SRC_MIN_R2 = 0.7;

    /**
     * Share of the variance of the design points' means that is the seed's, above which no index
     * names a driver: the indices describe the points' means, and most of what varies in them is
     * then chance.
     */
    public static final double SEED_SHARE_MAX = 0.5;

    /**
     * The seed's share of the variance of the points' means, from {@code noise_share} (per run) and
     * the replications R: (ns / R) / (ns / R + 1 - ns). More replications shrink it; noise_share
     * itself is a property of the model and does not.
     */
    public static double seedShareOfMeans(double noiseShare, int replications) {
        if (Double.isNaN(noiseShare) || replications < 1) {
            return Double.NaN;
        }
        double ns = Math.min(1, Math.max(0, noiseShare));
        double noise = ns / replications;
        return noise + (1 - ns) == 0 ? Double.NaN : noise / (noise + (1 - ns));
    }

    /**
     * Why no driver should be named from these numbers, in plain words, or null when the
     * measures can be read: the seed's share of the points' means above {@link #SEED_SHARE_MAX};
     * or (for SRC) an R² below {@link #SRC_MIN_R2}.
     */
    public static String caution(double noiseShare, int replications, double r2) {
        double seed = seedShareOfMeans(noiseShare, replications);
        if (!Double.isNaN(seed) && seed > SEED_SHARE_MAX) {
            return "most of the variance of the design points' means is the seed's (" + ceasefire.output.Num.fmt(100 * seed, 0)
                    + "%: noise_share " + ceasefire.output.Num.fmt(noiseShare, 2) + " with " + replications + " replications); add replications";
        }
        if (!Double.isNaN(r2) && r2 < SRC_MIN_R2) {
            return "SRC R² " + ceasefire.output.Num.fmt(r2, 2) + " < " + SRC_MIN_R2 + ": the response is not linear enough for SRCs to name drivers";
        }
        return null;
    }

    /** Every measure the design supports, for every metric; empty for grids. */
    public static List<Index> analyse(SweepPlan plan, RunResults results, List<String> metrics, long baseSeed) {
        List<Index> out = new ArrayList<>();
        if (!plan.design().sampled()) {
            return out;
        }
        int k = plan.parameters().size();
        int points = plan.points();
        double[][] x = new double[points][k];
        for (int p = 0; p < points; p++) {
            for (int j = 0; j < k; j++) {
                x[p][j] = plan.level(p, j).number();
            }
        }
        for (String metric : metrics) {
            double[] y = new double[points];
            for (int p = 0; p < points; p++) {
                double[] v = results.values(metric, p);
                y[p] = v.length == 0 ? Double.NaN : Stats.mean(v);
            }
            List<Integer> rows = new ArrayList<>();
            for (int p = 0; p < points; p++) {
                // Sobol's A_B^i points are not independent draws; regression and correlation use A and B.
                if (!Double.isNaN(y[p]) && (plan.design() != Design.SOBOL || plan.sobolMatrix(p) < 2)) {
                    rows.add(p);
                }
            }
            out.addAll(regression(metric, plan, x, y, rows));
            out.addAll(spearman(metric, plan, x, y, rows));
            if (plan.design() == Design.SOBOL) {
                out.addAll(sobol(metric, plan, y, baseSeed));
            }
            if (plan.replications() > 1) {
                out.add(noise(metric, results, points));
            }
        }
        return out;
    }

    static List<Index> regression(String metric, SweepPlan plan, double[][] x, double[] y, List<Integer> rows) {
        int k = plan.parameters().size();
        int n = rows.size();
        List<Index> out = new ArrayList<>();
        double[] ys = new double[n];
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
            ys[i] = y[rows.get(i)];
            xs[i] = x[rows.get(i)];
        }
        String note = "";
        if (n <= k + 1) {
            note = "too few design points with a value (" + n + ") for a regression on " + k + " parameters";
        } else if (Stats.sd(ys, Stats.mean(ys)) == 0) {
            note = "the metric does not vary";
        }
        if (!note.isEmpty()) {
            for (Parameter p : plan.parameters()) {
                out.add(new Index(metric, p.path(), "src", Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, Double.NaN, note));
            }
            return out;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(ys, xs);
        double[] b;
        double[] se;
        double r2;
        try {
            b = ols.estimateRegressionParameters();
            se = ols.estimateRegressionParametersStandardErrors();
            r2 = ols.calculateRSquared();
        } catch (SingularMatrixException e) {
            for (Parameter p : plan.parameters()) {
                out.add(new Index(metric, p.path(), "src", Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, Double.NaN,
                        "parameters are collinear in this design; no regression"));
            }
            return out;
        }
        double sdy = Stats.sd(ys, Stats.mean(ys));
        double t = new TDistribution(null, n - k - 1).inverseCumulativeProbability(1 - (1 - Stats.LEVEL) / 2);
        TDistribution dist = new TDistribution(null, n - k - 1);
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = xs[i][j];
            }
            double scale = Stats.sd(col, Stats.mean(col)) / sdy;
            double coef = b[j + 1];
            double s = se[j + 1];
            double p = s == 0 ? Double.NaN : 2 * dist.cumulativeProbability(-Math.abs(coef / s));
            String why = plan.parameters().get(j).kind() == Parameter.Kind.TEXT ? "text values coded by their order in the list" : "";
            out.add(new Index(metric, plan.parameters().get(j).path(), "src", coef * scale, (coef - t * s) * scale, (coef + t * s) * scale, p,
                    n, r2, why));
        }
        return out;
    }

    static List<Index> spearman(String metric, SweepPlan plan, double[][] x, double[] y, List<Integer> rows) {
        int n = rows.size();
        List<Index> out = new ArrayList<>();
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = y[rows.get(i)];
        }
        boolean flat = n < 2 || Stats.sd(ys, Stats.mean(ys)) == 0;
        for (int j = 0; j < plan.parameters().size(); j++) {
            String path = plan.parameters().get(j).path();
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[rows.get(i)][j];
            }
            if (n < 4 || flat || Stats.sd(col, Stats.mean(col)) == 0) {
                out.add(new Index(metric, path, "spearman", Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, Double.NaN,
                        n < 4 ? "too few design points with a value (" + n + ")" : "no variation to correlate"));
                continue;
            }
            double rho = new SpearmansCorrelation().correlation(col, ys);
            double[] ci = fisherInterval(rho, n);
            double p = spearmanP(rho, n);
            out.add(new Index(metric, path, "spearman", rho, ci[0], ci[1], p, n, Double.NaN, ""));
        }
        return out;
    }

    /** 95% interval of a Spearman correlation by Fisher's z with Fieller, Hartley and Pearson's variance 1.06 / (n - 3). */
    static double[] fisherInterval(double rho, int n) {
        if (n <= 3) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double r = Math.max(-0.9999999, Math.min(0.9999999, rho));
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Stats.z() * Math.sqrt(1.06 / (n - 3));
        return new double[] {Math.tanh(z - half), Math.tanh(z + half)};
    }

    /** Two-sided p-value of no rank association: t = rho sqrt((n - 2) / (1 - rho²)) with n - 2 degrees of freedom. */
    static double spearmanP(double rho, int n) {
        if (n < 3) {
            return Double.NaN;
        }
        if (Math.abs(rho) >= 1) {
            return 0;
        }
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        return 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t));
    }

    static List<Index> sobol(String metric, SweepPlan plan, double[] y, long baseSeed) {
        int k = plan.parameters().size();
        int samples = plan.points() / (k + 2);
        List<double[]> rows = new ArrayList<>();
        for (int j = 0; j < samples; j++) {
            double[] row = new double[k + 2];
            boolean complete = true;
            for (int m = 0; m < k + 2; m++) {
                row[m] = y[j * (k + 2) + m];
                complete &= !Double.isNaN(row[m]);
            }
            // A sample row missing any of its A, B or A_B^i values cannot enter the estimators.
            if (complete) {
                rows.add(row);
            }
        }
        int n = rows.size();
        List<Index> out = new ArrayList<>();
        double[][] data = rows.toArray(new double[0][]);
        double[][] estimate = sobolIndices(data, k);
        String note = n < 2 ? "too few complete sample rows (" + n + ")" : Double.isNaN(estimate[0][0]) ? "the metric does not vary" : "";
        double[][][] boot = new double[BOOTSTRAP][][];
        if (note.isEmpty()) {
            RandomGenerator random = new MersenneTwister(baseSeed ^ BOOTSTRAP_SALT ^ metric.hashCode());
            double[][] resample = new double[n][];
            for (int b = 0; b < BOOTSTRAP; b++) {
                for (int i = 0; i < n; i++) {
                    resample[i] = data[random.nextInt(n)];
                }
                boot[b] = sobolIndices(resample, k);
            }
        }
        for (int order = 0; order < 2; order++) {
            for (int i = 0; i < k; i++) {
                double lo = Double.NaN;
                double hi = Double.NaN;
                if (note.isEmpty()) {
                    double[] dist = new double[BOOTSTRAP];
                    int defined = 0;
                    for (int b = 0; b < BOOTSTRAP; b++) {
                        if (!Double.isNaN(boot[b][order][i])) {
                            dist[defined++] = boot[b][order][i];
                        }
                    }
                    double[] sorted = java.util.Arrays.copyOf(dist, defined);
                    java.util.Arrays.sort(sorted);
                    lo = Stats.quantile(sorted, (1 - Stats.LEVEL) / 2);
                    hi = Stats.quantile(sorted, 1 - (1 - Stats.LEVEL) / 2);
                }
                out.add(new Index(metric, plan.parameters().get(i).path(), order == 0 ? "sobol_first" : "sobol_total",
                        note.isEmpty() ? estimate[order][i] : Double.NaN, lo, hi, Double.NaN, n, Double.NaN, note));
            }
        }
        return out;
    }

    /**
     * First-order (Saltelli 2010) and total-order (Jansen 1999) indices from rows
     * {@code [f(A), f(B), f(A_B^1), ..., f(A_B^k)]}; the variance is that of f(A) and f(B) pooled.
     * NaN when the output does not vary.
     */
    static double[][] sobolIndices(double[][] rows, int k) {
        int n = rows.length;
        double[][] out = new double[2][k];
        double[] pooled = new double[2 * n];
        for (int j = 0; j < n; j++) {
            pooled[2 * j] = rows[j][0];
            pooled[2 * j + 1] = rows[j][1];
        }
        double mean = Stats.mean(pooled);
        double var = 0;
        for (double v : pooled) {
            var += (v - mean) * (v - mean);
        }
        var /= pooled.length;
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (double[] r : rows) {
                double fa = r[0];
                double fb = r[1];
                double fab = r[2 + i];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[0][i] = var == 0 ? Double.NaN : first / n / var;
            out[1][i] = var == 0 ? Double.NaN : total / (2.0 * n) / var;
        }
        return out;
    }

    static Index noise(String metric, RunResults results, int points) {
        double within = 0;
        int withinDf = 0;
        List<Double> all = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            double[] v = results.values(metric, p);
            if (v.length == 0) {
                continue;
            }
            double m = Stats.mean(v);
            for (double x : v) {
                within += (x - m) * (x - m);
                all.add(x);
            }
            withinDf += v.length - 1;
        }
        double[] a = all.stream().mapToDouble(Double::doubleValue).toArray();
        double total = a.length < 2 ? Double.NaN : Math.pow(Stats.sd(a, Stats.mean(a)), 2);
        double share = withinDf == 0 || Double.isNaN(total) || total == 0 ? Double.NaN : Math.min(1, within / withinDf / total);
        return new Index(metric, "", "noise_share", share, Double.NaN, Double.NaN, Double.NaN, a.length, Double.NaN,
                "share of run-to-run variance within design points (the seed, not the parameters)");
    }
}
