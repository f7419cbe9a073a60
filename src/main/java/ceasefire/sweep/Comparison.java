package ceasefire.sweep;

import ceasefire.charts.ForestChart;
import ceasefire.charts.HistogramChart;
import ceasefire.charts.IntervalChart;
import ceasefire.output.FigureSpec;
import ceasefire.output.Figures;
import ceasefire.output.Report;
import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import ceasefire.output.Num;
import ceasefire.output.RunDirectory;
import ceasefire.scenario.Names;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.charts.SweepCharts;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.design.Values;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Compares two sets of runs, A and B: two sweep directories with matching design points, or two
 * {@code run --replications} directories. For every matched point and metric: both means with
 * 95% intervals, the difference B - A with its interval (Welch; Newcombe for yes/no metrics),
 * Welch's t and Mann-Whitney U p-values, Holm's adjustment over all the tests made, Hedges' g and
 * Cliff's delta; and, when A and B ran the same seeds, the paired t-test. A difference is called
 * significant when the Holm-adjusted p-value of the verdict's test is below 0.05. That test is the
 * paired t-test at design points where A and B ran the same seeds run for run (common random
 * numbers: the runs are pairs, and Welch's test, which ignores the pairing, would be conservative);
 * elsewhere it is Welch's t-test. {@link Row#test()} says which.
 */
public final class Comparison {

    public static final String FILE = "compare.csv";
    /** The overall answer across design points, one row per metric (sweeps with 2 or more matched points). */
    public static final String OVERALL_FILE = "compare-overall.csv";
    /** Significance level of the verdicts. */
    public static final double ALPHA = 0.05;
    /** {@link Row#test()}: the paired t-test (A and B ran the same seeds at the point). */
    public static final String PAIRED = "paired";
    /** {@link Row#test()}: Welch's unpaired t-test. */
    public static final String WELCH = "welch";

    /** One set of runs: its directory, manifest and results. */
    public record Side(String label, Path dir, Manifest manifest, RunResults results) {
    }

    /**
     * One metric at one matched design point.
     *
     * @param diffLow   95% interval of B - A: Welch for means, Newcombe for proportions
     * @param pHolm     p-value of the verdict's test ({@code test}) after Holm's adjustment over every
     *                  test of the comparison
     * @param pPaired   paired t-test p-value when A and B ran the same seeds at this point (common
     *                  random numbers make the runs pairs), else NaN
     * @param pWelchHolm Welch p-value after Holm's adjustment over every Welch test of the comparison
     * @param test      the test the verdict and {@code pHolm} rest on: {@link #PAIRED} or {@link #WELCH}
     */
    public record Row(String point, List<String> values, int pointA, int pointB, String metric, boolean binary, Stats.Summary a,
                      Stats.Summary b, double difference, double diffLow, double diffHigh, double pWelch, double pMannWhitney,
                      double pHolm, double pPaired, Stats.Effect g, double cliffsDelta, String verdict, double pWelchHolm, String test) {

        /** The p-value of the verdict's test before Holm's adjustment. */
        public double pTest() {
            return PAIRED.equals(test) ? pPaired : pWelch;
        }

        public boolean significant() {
            return !Double.isNaN(pHolm) && pHolm < ALPHA;
        }
    }

    /**
     * The comparison.
     *
     * @param parameters  the varied parameters both sides share (empty for single-point results)
     * @param unmatched   design points of either side with no counterpart, described
     * @param pairedSeeds whether A and B used the very same seeds at every matched point
     */
    public record Result(Side a, Side b, List<String> parameters, List<String> metrics, List<Row> rows, List<String> unmatched,
                         boolean pairedSeeds) {

        public int tests() {
            return (int) rows.stream().filter(r -> !Double.isNaN(r.pTest())).count();
        }

        /** The name of the test the verdicts rest on, for sentences: "the paired t-test", "Welch's t-test" or both. */
        public String testName() {
            boolean p = rows.stream().anyMatch(r -> PAIRED.equals(r.test()));
            boolean w = rows.stream().anyMatch(r -> WELCH.equals(r.test()));
            return p && w ? "the paired t-test (Welch's where A and B used different seeds)" : p ? "the paired t-test" : "Welch's t-test";
        }
    }

    /**
     * The overall answer for one metric across all matched design points: the average over the
     * points of B - A, each point weighted equally (as a designed sweep's points are), with its
     * 95% interval and p-value, and at how many points B was higher and lower.
     *
     * <p>The unit of the test is the replication, not the point: for each replication r, each side's
     * value averaged over the matched points. Those averages are independent from one replication to
     * the next whether a side used common seeds or not, whereas the points' means are not
     * independent under common seeds (they share the seeds' noise), and a test treating points as
     * independent strata would then be far too confident. When A and B ran the same seeds run for
     * run, replication r of A and of B are a pair and the test is paired; otherwise Welch's.</p>
     *
     * @param pHolm p after Holm's correction over the overall tests of all metrics
     */
    public record Overall(String metric, int points, int replications, double difference, double ciLow, double ciHigh, double p, double pHolm,
                          boolean paired, int higher, int lower) {
    }

    /** One overall test per metric (needs 2 or more matched points with 2 or more replications). */
    public static List<Overall> overall(Result r) {
        List<Overall> raw = new ArrayList<>();
        for (String metric : r.metrics()) {
            List<Row> rows = r.rows().stream().filter(x -> x.metric().equals(metric)).toList();
            if (rows.size() < 2) {
                continue;
            }
            double[] a = replicationMeans(r.a().results(), rows.stream().mapToInt(Row::pointA).toArray(), metric);
            double[] b = replicationMeans(r.b().results(), rows.stream().mapToInt(Row::pointB).toArray(), metric);
            int higher = (int) rows.stream().filter(x -> x.difference() > 0).count();
            int lower = (int) rows.stream().filter(x -> x.difference() < 0).count();
            double difference;
            double lo;
            double hi;
            double p;
            boolean paired = r.pairedSeeds() && a.length == b.length;
            if (paired) {
                double[] d = new double[a.length];
                int n = 0;
                for (int i = 0; i < a.length; i++) {
                    if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                        d[n++] = b[i] - a[i];
                    }
                }
                d = Arrays.copyOf(d, n);
                if (n < 2) {
                    continue;
                }
                difference = Stats.mean(d);
                double[] ci = Stats.tInterval(difference, Stats.sd(d, difference), n);
                lo = ci[0];
                hi = ci[1];
                p = Stats.paired(new double[n], d);
            } else {
                double[] x = defined(a);
                double[] y = defined(b);
                if (x.length < 2 || y.length < 2) {
                    continue;
                }
                Stats.Welch w = Stats.welch(x, y);
                difference = w.difference();
                lo = w.ciLow();
                hi = w.ciHigh();
                p = w.p();
            }
            raw.add(new Overall(metric, rows.size(), Math.min(a.length, b.length), difference, lo, hi, p, Double.NaN, paired, higher, lower));
        }
        double[] adjusted = Stats.holm(raw.stream().mapToDouble(Overall::p).toArray());
        List<Overall> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Overall o = raw.get(i);
            out.add(new Overall(o.metric(), o.points(), o.replications(), o.difference(), o.ciLow(), o.ciHigh(), o.p(), adjusted[i], o.paired(),
                    o.higher(), o.lower()));
        }
        return out;
    }

    /**
     * For each replication r, the metric averaged over the given points' r-th runs where it is
     * defined (NaN where it is defined at none); as many entries as the fewest replications of a point.
     */
    private static double[] replicationMeans(RunResults results, int[] points, String metric) {
        int reps = Integer.MAX_VALUE;
        for (int p : points) {
            reps = Math.min(reps, results.rowsOf(p).length);
        }
        double[] out = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            double sum = 0;
            int n = 0;
            for (int p : points) {
                double v = results.value(metric, results.rowsOf(p)[rep]);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            out[rep] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    private static double[] defined(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private Comparison() {
    }

    /** Opens a sweep or {@code run --replications} directory; problems name the directory and what is wrong. */
    public static Side open(String label, Path dir) throws ScenarioException {
        if (!Files.isDirectory(dir)) {
            throw new ScenarioException(new Problem(dir.toString(), 0, "", "is not a directory; expected the output of 'ceasefire sweep' or 'ceasefire run --replications'"));
        }
        Manifest m = Manifest.read(dir);
        if (!Manifest.COMPLETE.equals(m.status())) {
            throw new ScenarioException(new Problem(dir.resolve(Manifest.FILE).toString(), 0, "status",
                    "the sweep is not finished (status " + m.status() + "); finish it with 'ceasefire sweep ... --out " + dir + " --resume'"));
        }
        try {
            return new Side(label, dir, m, RunResults.read(dir.resolve(RunsCsv.FILE), m.parameters(), m.metrics()));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(dir.resolve(RunsCsv.FILE).toString(), 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    /** Matches design points and compares every requested metric (all shared metrics when none are named). */
    public static Result compare(Side a, Side b, List<String> requested) throws ScenarioException {
        List<String> metrics = metrics(a, b, requested);
        List<int[]> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        List<String> parameters = match(a, b, pairs, unmatched);
        boolean paired = true;
        List<Row> rows = new ArrayList<>();
        for (int[] pair : pairs) {
            boolean same = sameSeeds(a.results(), pair[0], b.results(), pair[1]);
            paired &= same;
            List<String> values = a.results().pointValues(pair[0]);
            String label = parameters.isEmpty() ? "all runs" : describe(parameters, values);
            for (String metric : metrics) {
                Row row = row(label, values, pair[0], pair[1], metric, a.results().values(metric, pair[0]), b.results().values(metric, pair[1]));
                double[] pairedTest = same ? pairedTest(a.results(), pair[0], b.results(), pair[1], metric)
                        : new double[] {Double.NaN, Double.NaN, Double.NaN};
                double pPaired = pairedTest[0];
                // A paired verdict comes with the paired interval of B - A, so that the two agree.
                double lo = same ? pairedTest[1] : row.diffLow();
                double hi = same ? pairedTest[2] : row.diffHigh();
                rows.add(new Row(row.point(), row.values(), row.pointA(), row.pointB(), row.metric(), row.binary(), row.a(), row.b(),
                        row.difference(), lo, hi, row.pWelch(), row.pMannWhitney(), Double.NaN, pPaired, row.g(),
                        row.cliffsDelta(), "", Double.NaN, same ? PAIRED : WELCH));
            }
        }
        double[] adjusted = Stats.holm(rows.stream().mapToDouble(Row::pTest).toArray());
        double[] welchAdjusted = Stats.holm(rows.stream().mapToDouble(Row::pWelch).toArray());
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Row(r.point(), r.values(), r.pointA(), r.pointB(), r.metric(), r.binary(), r.a(), r.b(), r.difference(), r.diffLow(),
                    r.diffHigh(), r.pWelch(), r.pMannWhitney(), adjusted[i], r.pPaired(), r.g(), r.cliffsDelta(), verdict(r, adjusted[i]),
                    welchAdjusted[i], r.test()));
        }
        return new Result(a, b, parameters, metrics, out, unmatched, paired && !pairs.isEmpty());
    }

    private static List<String> metrics(Side a, Side b, List<String> requested) throws ScenarioException {
        List<String> shared = new ArrayList<>(a.manifest().metrics());
        shared.retainAll(b.manifest().metrics());
        if (requested.isEmpty()) {
            if (shared.isEmpty()) {
                throw new ScenarioException(new Problem("compare", 0, "", "A and B have no metric in common (A: " + a.manifest().metrics()
                        + "; B: " + b.manifest().metrics() + ")"));
            }
            return shared;
        }
        List<Problem> problems = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String m : requested) {
            if (!shared.contains(m)) {
                String where = a.manifest().metrics().contains(m) ? "B (" + b.dir() + ") did not collect it"
                        : b.manifest().metrics().contains(m) ? "A (" + a.dir() + ") did not collect it" : "neither A nor B collected it";
                problems.add(new Problem("--metric", 0, "", "'" + m + "': " + where + Names.didYouMean(m, shared) + " (metrics in both: "
                        + String.join(", ", shared) + ")"));
            } else if (!out.contains(m)) {
                out.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }

    /** Pairs design points of A and B with equal parameter values; returns the shared parameters. */
    private static List<String> match(Side a, Side b, List<int[]> pairs, List<String> unmatched) throws ScenarioException {
        List<String> pa = a.manifest().parameters();
        List<String> pb = b.manifest().parameters();
        int na = a.results().points();
        int nb = b.results().points();
        if (na == 1 && nb == 1) {
            pairs.add(new int[] {0, 0});
            return pa.equals(pb) ? pa : List.of();
        }
        if (!pa.equals(pb)) {
            throw new ScenarioException(new Problem("compare", 0, "", "A (" + a.dir() + ") varies " + describeParams(pa) + " but B (" + b.dir()
                    + ") varies " + describeParams(pb) + "; compare needs two results with the same design points, or two single-point "
                    + "results (run --replications)"));
        }
        Map<List<String>, Integer> inB = new LinkedHashMap<>();
        for (int p = 0; p < nb; p++) {
            inB.putIfAbsent(b.results().pointValues(p), p);
        }
        Map<List<String>, Integer> matchedB = new LinkedHashMap<>();
        for (int p = 0; p < na; p++) {
            List<String> values = a.results().pointValues(p);
            Integer q = inB.get(values);
            if (q == null) {
                unmatched.add("A's design point " + p + " (" + describe(pa, values) + ") is not in B");
            } else {
                pairs.add(new int[] {p, q});
                matchedB.put(values, q);
            }
        }
        for (Map.Entry<List<String>, Integer> e : inB.entrySet()) {
            if (!matchedB.containsKey(e.getKey())) {
                unmatched.add("B's design point " + e.getValue() + " (" + describe(pb, e.getKey()) + ") is not in A");
            }
        }
        if (pairs.isEmpty()) {
            throw new ScenarioException(new Problem("compare", 0, "", "A and B vary " + describeParams(pa) + " but share no design point"));
        }
        return pa;
    }

    private static String describeParams(List<String> params) {
        return params.isEmpty() ? "nothing (one design point)" : String.join(", ", params);
    }

    private static String describe(List<String> params, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            parts.add(params.get(i) + "=" + values.get(i));
        }
        return String.join(", ", parts);
    }

    private static boolean sameSeeds(RunResults a, int pa, RunResults b, int pb) {
        int[] ra = a.rowsOf(pa);
        int[] rb = b.rowsOf(pb);
        if (ra.length != rb.length) {
            return false;
        }
        for (int i = 0; i < ra.length; i++) {
            if (a.seed(ra[i]) != b.seed(rb[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Paired t-test over the runs that share a seed and both left the metric defined: its p-value
     * and the 95% t interval of the mean paired difference B - A.
     */
    private static double[] pairedTest(RunResults a, int pa, RunResults b, int pb, String metric) {
        int[] ra = a.rowsOf(pa);
        int[] rb = b.rowsOf(pb);
        double[] x = new double[ra.length];
        double[] y = new double[ra.length];
        int n = 0;
        for (int i = 0; i < ra.length; i++) {
            double va = a.value(metric, ra[i]);
            double vb = b.value(metric, rb[i]);
            if (!Double.isNaN(va) && !Double.isNaN(vb)) {
                x[n] = va;
                y[n] = vb;
                n++;
            }
        }
        double[] xs = Arrays.copyOf(x, n);
        double[] ys = Arrays.copyOf(y, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = ys[i] - xs[i];
        }
        double mean = n == 0 ? Double.NaN : Stats.mean(d);
        double[] ci = Stats.tInterval(mean, n < 2 ? Double.NaN : Stats.sd(d, mean), n);
        return new double[] {Stats.paired(xs, ys), ci[0], ci[1]};
    }

    static Row row(String label, List<String> values, int pa, int pb, String metric, double[] a, double[] b) {
        boolean binary = Metrics.isBinary(metric);
        Stats.Summary sa = Stats.estimate(a, binary, Metrics.lower(metric), Metrics.upper(metric)).stats();
        Stats.Summary sb = Stats.estimate(b, binary, Metrics.lower(metric), Metrics.upper(metric)).stats();
        Stats.Welch w = Stats.welch(a, b);
        double lo = w.ciLow();
        double hi = w.ciHigh();
        if (binary) {
            int ya = (int) Arrays.stream(a).filter(v -> v == 1).count();
            int yb = (int) Arrays.stream(b).filter(v -> v == 1).count();
            double[] ci = Stats.newcombe(ya, a.length, yb, b.length);
            lo = ci[0];
            hi = ci[1];
        }
        return new Row(label, values, pa, pb, metric, binary, sa, sb, w.difference(), lo, hi, w.p(), Stats.mannWhitney(a, b), Double.NaN,
                Double.NaN, Stats.hedgesG(a, b), Stats.cliffsDelta(a, b), "", Double.NaN, WELCH);
    }

    private static String verdict(Row r, double pHolm) {
        if (r.a().n() < 2 || r.b().n() < 2) {
            return "too few runs to test (" + r.a().n() + " and " + r.b().n() + ")";
        }
        if (Double.isNaN(pHolm)) {
            return "cannot be tested";
        }
        boolean significant = pHolm < ALPHA;
        boolean mw = r.pMannWhitney() < ALPHA;
        // Mann-Whitney is unpaired: beside a paired verdict it is merely conservative, so a disagreement says nothing.
        String disagree = WELCH.equals(r.test()) && significant == (r.pWelch() < ALPHA) && significant != mw
                ? "; Mann-Whitney " + (mw ? "finds" : "does not find") + " a difference" : "";
        if (!significant) {
            return "not significant" + disagree;
        }
        return (r.difference() > 0 ? "B higher" : "B lower") + disagree;
    }

    // ------------------------------------------------------------------ output

    public static List<String> header(List<String> parameters) {
        List<String> h = new ArrayList<>(List.of("point"));
        h.addAll(parameters);
        h.addAll(List.of("metric", "n_a", "mean_a", "ci_low_a", "ci_high_a", "n_b", "mean_b", "ci_low_b", "ci_high_b", "difference",
                "diff_ci_low", "diff_ci_high", "diff_ci_method", "p_welch", "p_mann_whitney", "p_welch_holm", "p_paired", "hedges_g", "g_ci_low",
                "g_ci_high", "cliffs_delta", "significant", "verdict", "verdict_test", "p_verdict_holm"));
        return h;
    }

    /**
     * Writes compare.csv, the charts in the formats asked for and, if {@code report}, report.html
     * into {@code dir}; returns the files written, relative to it.
     */
    public static List<String> write(Path dir, Result r, FigureSpec figures, boolean report) throws IOException {
        List<String> files = new ArrayList<>();
        AtomicFiles.writeText(dir.resolve(FILE), w -> {
            CSVPrinter p = CsvOut.printer(w, header(r.parameters()));
            for (Row row : r.rows()) {
                List<Object> rec = new ArrayList<>();
                rec.add(row.pointA());
                rec.addAll(r.parameters().isEmpty() ? List.of() : row.values());
                rec.add(row.metric());
                rec.add(row.a().n());
                rec.add(Num.fmt(row.a().mean()));
                rec.add(Num.fmt(row.a().ciLow()));
                rec.add(Num.fmt(row.a().ciHigh()));
                rec.add(row.b().n());
                rec.add(Num.fmt(row.b().mean()));
                rec.add(Num.fmt(row.b().ciLow()));
                rec.add(Num.fmt(row.b().ciHigh()));
                rec.add(Num.fmt(row.difference()));
                rec.add(Num.fmt(row.diffLow()));
                rec.add(Num.fmt(row.diffHigh()));
                rec.add(PAIRED.equals(row.test()) ? "paired" : row.binary() ? "newcombe" : "welch");
                rec.add(p(row.pWelch()));
                rec.add(p(row.pMannWhitney()));
                rec.add(p(row.pWelchHolm()));
                rec.add(p(row.pPaired()));
                rec.add(Num.fmt(row.g().g()));
                rec.add(Num.fmt(row.g().ciLow()));
                rec.add(Num.fmt(row.g().ciHigh()));
                rec.add(Num.fmt(row.cliffsDelta()));
                rec.add(row.significant() ? "yes" : "no");
                rec.add(row.verdict());
                rec.add(row.test());
                rec.add(p(row.pHolm()));
                p.printRecord(rec);
            }
            p.flush();
        });
        files.add(FILE);
        List<Overall> overall = overall(r);
        if (!overall.isEmpty()) {
            AtomicFiles.writeText(dir.resolve(OVERALL_FILE), w -> {
                CSVPrinter p = CsvOut.printer(w, List.of("metric", "points", "replications", "test", "difference", "ci_low", "ci_high", "p", "p_holm",
                        "points_b_higher", "points_b_lower"));
                for (Overall o : overall) {
                    p.printRecord(o.metric(), o.points(), o.replications(), o.paired() ? "paired" : "welch", Num.fmt(o.difference()),
                            Num.fmt(o.ciLow()), Num.fmt(o.ciHigh()), p(o.p()), p(o.pHolm()), o.higher(), o.lower());
                }
                p.flush();
            });
            files.add(OVERALL_FILE);
        }
        Map<String, JFreeChart> charts = charts(r);
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            files.addAll(Figures.write(dir, RunDirectory.safe(e.getKey()), e.getValue(), figures, SweepCharts.WIDTH, SweepCharts.HEIGHT));
        }
        if (report) {
            ComparisonReport.write(dir.resolve(Report.FILE), r, charts, files);
            files.add(Report.FILE);
        }
        return files;
    }

    /** The comparison's charts by file stem, in a fixed order. */
    static Map<String, JFreeChart> charts(Result r) {
        Map<String, JFreeChart> charts = new java.util.LinkedHashMap<>();
        for (String metric : r.metrics()) {
            JFreeChart chart = r.parameters().isEmpty() || r.rows().size() == r.metrics().size() ? overlay(r, metric) : pointsChart(r, metric);
            if (chart != null) {
                charts.put("overlay-" + metric, chart);
            }
        }
        if (r.rows().size() == r.metrics().size()) {
            charts.put("effects", effects(r));
        }
        return charts;
    }

    private static String p(double p) {
        return Double.isNaN(p) || p == 0 ? Num.fmt(p) : Values.format(p);
    }

    /** Overlaid histograms of A and B (one matched point). */
    private static JFreeChart overlay(Result r, String metric) {
        Row row = r.rows().stream().filter(x -> x.metric().equals(metric)).findFirst().orElseThrow();
        double[] a = r.a().results().values(metric, row.pointA());
        double[] b = r.b().results().values(metric, row.pointB());
        if (a.length == 0 && b.length == 0) {
            return null;
        }
        boolean integers = Arrays.stream(a).allMatch(v -> v == Math.rint(v)) && Arrays.stream(b).allMatch(v -> v == Math.rint(v));
        String subtitle = "B - A = " + SweepCharts.shortNumber(row.difference()) + (Double.isNaN(row.diffLow()) ? ""
                : " (95% CI " + SweepCharts.shortNumber(row.diffLow()) + " to " + SweepCharts.shortNumber(row.diffHigh()) + ")")
                + "; " + (row.significant() ? "significant" : "not significant") + " (" + (PAIRED.equals(row.test()) ? "paired t" : "Welch")
                + " p = " + Num.fmt(row.pTest(), 3)
                + (r.tests() > 1 ? ", Holm-adjusted " + Num.fmt(row.pHolm(), 3) : "") + "); dashed lines = means";
        return HistogramChart.createChart(metric + ": A = " + r.a().label() + " vs B = " + r.b().label(), subtitle, Metrics.label(metric),
                List.of(new HistogramChart.Sample("A: " + r.a().label(), a), new HistogramChart.Sample("B: " + r.b().label(), b)), integers);
    }

    /** Means with 95% intervals of A and B at every matched design point. */
    private static JFreeChart pointsChart(Result r, String metric) {
        YIntervalSeriesCollection ds = IntervalChart.createDataset();
        YIntervalSeries sa = IntervalChart.addSeries(ds, "A: " + r.a().label());
        YIntervalSeries sb = IntervalChart.addSeries(ds, "B: " + r.b().label());
        List<String> names = new ArrayList<>();
        for (Row row : r.rows()) {
            if (!row.metric().equals(metric)) {
                continue;
            }
            int i = names.size();
            names.add(String.join(", ", row.values()));
            addEstimate(sa, i - 0.08, row.a());
            addEstimate(sb, i + 0.08, row.b());
        }
        String subtitle = (Metrics.isBinary(metric) ? "share and 95% Wilson interval" : "mean and 95% CI (Student t)") + " at each design point ("
                + String.join(", ", r.parameters()) + ")";
        return IntervalChart.createChart(ds, metric + ": A = " + r.a().label() + " vs B = " + r.b().label(), subtitle,
                String.join(", ", r.parameters()), Metrics.label(metric), IntervalChart.XAxis.NAMED, names, null, false, null);
    }

    private static void addEstimate(YIntervalSeries s, double x, Stats.Summary e) {
        if (e.n() > 0) {
            s.add(x, e.mean(), Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow(), Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh());
        }
    }

    /** Hedges' g of every metric with its interval (one matched point). */
    private static JFreeChart effects(Result r) {
        List<String> rows = new ArrayList<>();
        double[] e = new double[r.rows().size()];
        double[] lo = new double[e.length];
        double[] hi = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            Row row = r.rows().get(i);
            rows.add(row.metric() + (row.significant() ? " *" : "") + (Double.isNaN(row.g().g()) ? " (no estimate)" : ""));
            e[i] = row.g().g();
            lo[i] = row.g().ciLow();
            hi[i] = row.g().ciHigh();
        }
        String subtitle = "B = " + r.b().label() + " minus A = " + r.a().label() + ", in pooled standard deviations, with 95% intervals; "
                + "* = significant (" + r.testName() + ", Holm-adjusted)";
        return ForestChart.createChart("Effect sizes (Hedges' g)", subtitle, rows, List.of(new ForestChart.Measure("Hedges' g", e, lo, hi)),
                "Hedges' g (B - A)", 0.0);
    }
}
