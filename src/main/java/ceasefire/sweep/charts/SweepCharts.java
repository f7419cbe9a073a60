package ceasefire.sweep.charts;

import ceasefire.charts.BoxPlotChart;
import ceasefire.charts.ForestChart;
import ceasefire.charts.HeatMapChart;
import ceasefire.charts.HistogramChart;
import ceasefire.charts.IntervalChart;
import ceasefire.charts.MainEffectsChart;
import ceasefire.model.RunSummary;
import ceasefire.output.English;
import ceasefire.output.FigureSpec;
import ceasefire.output.Figures;
import ceasefire.charts.Palette;
import ceasefire.charts.Ranges;
import ceasefire.charts.TrajectoryChart;
import ceasefire.output.AtomicFiles;
import ceasefire.output.Num;
import ceasefire.output.RunDirectory;
import ceasefire.scenario.Labels;
import ceasefire.sweep.design.Design;
import ceasefire.sweep.design.Level;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.design.Parameter;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.design.ValueSet;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.Stats;
import ceasefire.sweep.statistics.Trajectories;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The PNG charts of a finished sweep, in its charts/ directory: each metric against each varied
 * parameter with 95% confidence bands; for a two-parameter grid a heat map per metric; box plots
 * of the replications per design point; for sampled designs a sensitivity chart per metric; for a
 * one-point sweep ({@code run --replications}) a histogram per metric.
 */
public final class SweepCharts {

    public static final String DIR = "charts";
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;
    /** Most series drawn as separate lines; beyond, a parameter's effect is averaged over the others. */
    static final int MAX_LINES = 8;
    /** Most boxes in a box-plot chart. */
    static final int MAX_BOXES = 60;

    private final Sweep sweep;
    private final SweepPlan plan;
    private final RunResults results;
    private final String name;

    private final FigureSpec figures;

    public SweepCharts(Sweep sweep, RunResults results, FigureSpec figures) {
        this.figures = figures;
        this.sweep = sweep;
        this.plan = sweep.plan();
        this.results = results;
        this.name = sweep.spec().name();
    }

    /**
     * Writes every chart, and a trajectory chart for each design point in {@code bands},
     * {@code threads} at a time (each chart is built and drawn by one thread; charts share
     * nothing); returns their paths relative to {@code dir}, in a fixed order.
     */
    public List<String> write(Path dir, List<Sensitivity.Index> sensitivity, int threads, List<Trajectories.PointBands> bands)
            throws IOException, InterruptedException {
        Map<String, Supplier<JFreeChart>> charts = charts(sensitivity, bands);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (Map.Entry<String, Supplier<JFreeChart>> e : charts.entrySet()) {
                done.add(pool.submit(() -> save(dir, e.getKey(), e.getValue().get())));
            }
            List<String> files = new ArrayList<>();
            for (Future<List<String>> f : done) {
                try {
                    files.addAll(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("drawing a chart failed: " + e.getCause(), e.getCause());
                }
            }
            return files;
        } finally {
            pool.shutdownNow();
            // No chart may still be written once this returns (after a failure, say): the folder is then closed, and a
            // write it no longer records would leave a file that --force and --resume cannot tell from the user's.
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("chart threads did not stop within two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every chart of the sweep by file stem (under charts/), with a trajectory chart for each
     * design point in {@code bands}, in a fixed order, built when asked for.
     */
    Map<String, Supplier<JFreeChart>> charts(List<Sensitivity.Index> sensitivity, List<Trajectories.PointBands> bands) {
        Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
        List<Parameter> params = plan.parameters();
        for (String metric : sweep.spec().metrics()) {
            if (params.isEmpty()) {
                // A histogram of a yes/no metric is two spikes at 0 and 1; summary.csv gives its
                // proportion with a Wilson interval instead.
                if (results.values(metric, 0).length > 0 && !RunSummary.isBinary(metric)) {
                    charts.put(metric + "-histogram", () -> histogram(metric));
                }
                continue;
            }
            for (int p = 0; p < params.size(); p++) {
                int param = p;
                charts.put(metric + "-by-" + params.get(p).path(), () -> bounded(plan.design().sampled() ? sampled(metric, param)
                        : grid(metric, param), metric));
            }
            if (plan.design() == Design.GRID && params.size() == 2) {
                charts.put(metric + "-heatmap", () -> heatMap(metric));
            }
            if (plan.design() == Design.GRID && params.size() >= 2 && params.size() <= 4) {
                charts.put(metric + "-main-effects", () -> bounded(mainEffects(metric), metric));
            }
            if (plan.design() == Design.GRID && plan.replications() > 1 && !Metrics.isBinary(metric) && plan.points() <= MAX_BOXES) {
                charts.put(metric + "-boxplot", () -> boxPlot(metric));
            }
            if (plan.design().sampled() && sensitivity.stream().anyMatch(i -> i.metric().equals(metric) && !Double.isNaN(i.estimate())
                    && !i.measure().equals("noise_share"))) {
                charts.put(metric + "-sensitivity", () -> sensitivityChart(metric, sensitivity));
            }
        }
        int widest = bands.stream().mapToInt(Trajectories.PointBands::point).max().orElse(0);
        for (Trajectories.PointBands b : bands) {
            charts.put(plan.points() == 1 ? "trajectory" : trajectoryStem(b.point(), widest), () -> trajectory(b));
        }
        return charts;
    }

    /**
     * "trajectory-point-07": a design point's trajectory chart, its index zero-padded to the width
     * of the largest index charted, so that the files sort in point order (0, 1, 2 ... 10, not 0, 1, 10).
     */
    static String trajectoryStem(int point, int widest) {
        int width = Integer.toString(Math.max(point, widest)).length();
        return String.format(Locale.ROOT, "trajectory-point-%0" + width + "d", point);
    }

    private List<String> save(Path dir, String stem, JFreeChart chart) throws IOException {
        return Figures.write(dir, DIR + "/" + RunDirectory.safe(stem), chart, figures, WIDTH, HEIGHT);
    }

    /** The metric's axis cut to the values it can take. */
    private static JFreeChart bounded(JFreeChart chart, String metric) {
        return Ranges.clamp(chart, Metrics.lower(metric), Metrics.upper(metric));
    }

    private JFreeChart trajectory(Trajectories.PointBands b) {
        List<TrajectoryChart.Panel> panels = new ArrayList<>();
        for (Trajectories.Band band : b.bands()) {
            boolean index = band.series().equals("escalation") || band.series().startsWith("hostility");
            panels.add(new TrajectoryChart.Panel(DailySeries.label(band.series()), band.median(), band.low(), band.high(), index ? 1 : Double.NaN,
                    index ? Palette.ESCALATION : Palette.SIDE_B));
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < plan.parameters().size(); i++) {
            where.append(i == 0 ? "" : ", ").append(Labels.label(plan.parameters().get(i).path())).append(" = ").append(b.values().get(i));
        }
        String title = plan.points() == 1 ? name + ": day by day" : name + ", design point " + b.point() + ", day by day";
        return TrajectoryChart.createChart(title, (where.length() > 0 ? where + "; " : "") + "median of " + plan.replications()
                + " runs (line), 5% to 95% of them (band)", panels);
    }

    // ------------------------------------------------------------------ estimates

    /** An estimate with its 95% interval: a mean (Student t) or, for yes/no metrics, a proportion (Wilson). */
    private static Stats.Summary estimate(String metric, double[] values) {
        return Stats.estimate(values, Metrics.isBinary(metric), Metrics.lower(metric), Metrics.upper(metric)).stats();
    }

    private static String what(String metric) {
        return Metrics.isBinary(metric) ? "share and 95% Wilson interval"
                : "mean and 95% CI (Student t; bootstrap where t would leave the possible range)";
    }

    private int[] rowsWhere(int param, int level, int otherParam, int otherLevel) {
        List<Integer> rows = new ArrayList<>();
        for (int point = 0; point < plan.points(); point++) {
            if (plan.levelIndex(point, param) == level && (otherParam < 0 || plan.levelIndex(point, otherParam) == otherLevel)) {
                for (int r : results.rowsOf(point)) {
                    rows.add(r);
                }
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void add(YIntervalSeries s, double x, Stats.Summary e) {
        if (e.n() == 0) {
            return;
        }
        double lo = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow();
        double hi = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
        s.add(x, e.mean(), lo, hi);
    }

    private IntervalChart.XAxis axisOf(Parameter p) {
        if (!p.kind().numeric()) {
            return IntervalChart.XAxis.NAMED;
        }
        return p.log() ? IntervalChart.XAxis.LOG : IntervalChart.XAxis.LINEAR;
    }

    private static List<String> levelTexts(Parameter p) {
        return ((ValueSet.Levels) p.values()).levels().stream().map(Level::text).toList();
    }

    // ------------------------------------------------------------------ grid

    private JFreeChart grid(String metric, int p) {
        Parameter param = plan.parameters().get(p);
        List<Level> levels = ((ValueSet.Levels) param.values()).levels();
        IntervalChart.XAxis axis = axisOf(param);
        YIntervalSeriesCollection ds = IntervalChart.createDataset();
        int other = plan.parameters().size() == 2 ? 1 - p : -1;
        int otherLevels = other < 0 ? 0 : ((ValueSet.Levels) plan.parameters().get(other).values()).size();
        String lines;
        boolean ordered = false;
        Dodge dodge = new Dodge(axis, levels);
        if (other >= 0 && otherLevels <= MAX_LINES) {
            Parameter o = plan.parameters().get(other);
            ordered = o.kind().numeric();
            for (int j = 0; j < otherLevels; j++) {
                YIntervalSeries s = IntervalChart.addSeries(ds, Labels.label(o.path()) + " = " + levelTexts(o).get(j));
                for (int i = 0; i < levels.size(); i++) {
                    add(s, dodge.x(i, j, otherLevels), estimate(metric, results.values(metric, rowsWhere(p, i, other, j))));
                }
            }
            lines = "a line per value of " + Labels.label(o.path()) + " (nudged sideways)";
        } else {
            YIntervalSeries s = IntervalChart.addSeries(ds, metric);
            for (int i = 0; i < levels.size(); i++) {
                add(s, dodge.x(i, 0, 1), estimate(metric, results.values(metric, rowsWhere(p, i, -1, 0))));
            }
            lines = plan.parameters().size() > 1 ? "averaged over the other parameters" : "";
        }
        String subtitle = name + ": " + what(metric) + " of " + English.count(plan.replications(), "run") + " per point"
                + (lines.isEmpty() ? "" : "; " + lines);
        List<Double> ticks = axis == IntervalChart.XAxis.NAMED ? null : levels.stream().map(Level::number).toList();
        return IntervalChart.createChart(ds, title(metric, param), subtitle, Labels.axis(param.path()), Metrics.label(metric), axis,
                axis == IntervalChart.XAxis.NAMED ? levelTexts(param) : null, ticks, ordered, null);
    }

    /**
     * Every parameter's main effect side by side on one scale: the estimate at each of its values
     * over all runs at that value (a grid is balanced, so the other parameters' values are equally
     * represented at each).
     */
    private JFreeChart mainEffects(String metric) {
        List<MainEffectsChart.Panel> panels = new ArrayList<>();
        for (int p = 0; p < plan.parameters().size(); p++) {
            Parameter param = plan.parameters().get(p);
            List<Level> levels = ((ValueSet.Levels) param.values()).levels();
            IntervalChart.XAxis axis = axisOf(param);
            YIntervalSeries s = new YIntervalSeries(Labels.label(param.path()), false, true);
            for (int i = 0; i < levels.size(); i++) {
                double x = axis == IntervalChart.XAxis.NAMED ? i : levels.get(i).number();
                add(s, x, estimate(metric, results.values(metric, rowsWhere(p, i, -1, 0))));
            }
            panels.add(new MainEffectsChart.Panel(Labels.axis(param.path()), axis, axis == IntervalChart.XAxis.NAMED ? levelTexts(param) : null,
                    axis == IntervalChart.XAxis.NAMED ? null : levels.stream().map(Level::number).toList(), s));
        }
        String subtitle = name + ": " + what(metric) + " of all runs at each value, the other parameters' values mixed in equally";
        return MainEffectsChart.createChart(Metrics.name(metric) + ": main effect of each parameter", subtitle, Metrics.label(metric), panels);
    }

    /** X positions of a grid's levels, nudged apart per series so that error bars do not overlap. */
    private static final class Dodge {
        private final IntervalChart.XAxis axis;
        private final List<Level> levels;
        private final double span;

        Dodge(IntervalChart.XAxis axis, List<Level> levels) {
            this.axis = axis;
            this.levels = levels;
            double lo = levels.stream().mapToDouble(Level::number).min().orElse(0);
            double hi = levels.stream().mapToDouble(Level::number).max().orElse(1);
            this.span = axis == IntervalChart.XAxis.LOG && lo > 0 ? Math.log(hi / lo) : hi - lo;
        }

        double x(int level, int series, int seriesCount) {
            double shift = seriesCount <= 1 ? 0 : series - (seriesCount - 1) / 2.0;
            return switch (axis) {
                case NAMED -> level + (seriesCount <= 1 ? 0 : 0.3 * shift / (seriesCount - 1));
                case LOG -> levels.get(level).number() * Math.exp(0.012 * span * shift);
                case LINEAR -> levels.get(level).number() + 0.012 * span * shift;
            };
        }
    }

    private static String title(String metric, Parameter param) {
        return Metrics.name(metric) + " by " + Labels.label(param.path());
    }

    private JFreeChart heatMap(String metric) {
        Parameter px = plan.parameters().get(0);
        Parameter py = plan.parameters().get(1);
        List<String> xs = levelTexts(px);
        List<String> ys = levelTexts(py);
        double[][] values = new double[xs.size()][ys.size()];
        String[][] texts = new String[xs.size()][ys.size()];
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                Stats.Summary e = estimate(metric, results.values(metric, rowsWhere(0, i, 1, j)));
                values[i][j] = e.mean();
                texts[i][j] = e.n() == 0 ? "" : Metrics.isBinary(metric) ? Num.fmt(100 * e.mean(), 0) + "%" : shortNumber(e.mean());
            }
        }
        String subtitle = name + ": " + (Metrics.isBinary(metric) ? "share of runs" : "mean") + " of " + English.count(plan.replications(), "run")
                + " per cell";
        return HeatMapChart.createChart(Metrics.name(metric) + " by " + Labels.label(px.path()) + " and " + Labels.label(py.path()), subtitle,
                Labels.axis(px.path()), xs, Labels.axis(py.path()), ys, values,
                texts, Metrics.label(metric));
    }

    public static String shortNumber(double v) {
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private JFreeChart boxPlot(String metric) {
        DefaultBoxAndWhiskerCategoryDataset ds = BoxPlotChart.createDataset();
        List<Parameter> params = plan.parameters();
        boolean ordered = false;
        String categoryLabel;
        if (params.size() == 2 && ((ValueSet.Levels) params.get(1).values()).size() <= MAX_LINES) {
            Parameter a = params.get(0);
            Parameter b = params.get(1);
            ordered = b.kind().numeric();
            for (int point = 0; point < plan.points(); point++) {
                ds.add(boxed(results.values(metric, point)), Labels.label(b.path()) + " = " + plan.level(point, 1).text(), plan.level(point, 0).text());
            }
            categoryLabel = Labels.axis(a.path());
        } else if (params.size() == 1) {
            for (int point = 0; point < plan.points(); point++) {
                ds.add(boxed(results.values(metric, point)), metric, plan.level(point, 0).text());
            }
            categoryLabel = Labels.axis(params.get(0).path());
        } else {
            for (int point = 0; point < plan.points(); point++) {
                ds.add(boxed(results.values(metric, point)), metric, String.join(", ", plan.values(point)));
            }
            categoryLabel = String.join(", ", sweep.spec().parameterPaths());
        }
        String subtitle = name + ": " + English.count(plan.replications(), "run") + " per design point; box = quartiles, line = median,"
                + " whiskers = furthest run within 1.5 box lengths";
        return BoxPlotChart.createChart(ds, Metrics.name(metric) + " per design point", subtitle, categoryLabel, Metrics.label(metric), ordered);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    // ------------------------------------------------------------------ sampled designs

    private JFreeChart sampled(String metric, int p) {
        Parameter param = plan.parameters().get(p);
        IntervalChart.XAxis axis = axisOf(param);
        XYSeries dots = new XYSeries("design points", false, true);
        int points = plan.points();
        double[] x = new double[points];
        for (int point = 0; point < points; point++) {
            x[point] = axis == IntervalChart.XAxis.NAMED ? plan.levelIndex(point, p) : plan.level(point, p).number();
            double[] v = results.values(metric, point);
            if (v.length > 0) {
                dots.add(x[point], Stats.mean(v));
            }
        }
        YIntervalSeriesCollection ds = IntervalChart.createDataset();
        YIntervalSeries s = IntervalChart.addSeries(ds, metric);
        String binning;
        if (param.discrete()) {
            int n = ((ValueSet.Levels) param.values()).size();
            for (int i = 0; i < n; i++) {
                double at = axis == IntervalChart.XAxis.NAMED ? i : ((ValueSet.Levels) param.values()).get(i).number();
                add(s, at, estimate(metric, results.values(metric, rowsWhere(p, i, -1, 0))));
            }
            binning = "per value";
        } else {
            Integer[] order = new Integer[points];
            for (int i = 0; i < points; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
            int bins = Math.max(3, Math.min(10, points / 10));
            for (int b = 0; b < bins; b++) {
                int from = b * points / bins;
                int to = (b + 1) * points / bins;
                List<Integer> rows = new ArrayList<>();
                double xs = 0;
                for (int i = from; i < to; i++) {
                    xs += x[order[i]];
                    for (int r : results.rowsOf(order[i])) {
                        rows.add(r);
                    }
                }
                add(s, xs / (to - from), estimate(metric, results.values(metric, rows.stream().mapToInt(Integer::intValue).toArray())));
            }
            binning = "in " + bins + " bins of equal count";
        }
        String subtitle = name + ": dots = design points (mean of " + plan.replications() + (plan.replications() == 1 ? " run" : " runs")
                + "); line = " + (Metrics.isBinary(metric) ? "share of runs" : "mean") + " " + binning + " with 95% band; other parameters vary too";
        List<Double> ticks = axis == IntervalChart.XAxis.LINEAR && param.discrete()
                ? ((ValueSet.Levels) param.values()).levels().stream().map(Level::number).toList() : null;
        return IntervalChart.createChart(ds, title(metric, param), subtitle, Labels.axis(param.path()), Metrics.label(metric), axis,
                axis == IntervalChart.XAxis.NAMED ? levelTexts(param) : null, ticks, false, dots);
    }

    private JFreeChart sensitivityChart(String metric, List<Sensitivity.Index> all) {
        List<String> rows = sweep.spec().parameterPaths();
        List<ForestChart.Measure> measures = new ArrayList<>();
        double r2 = Double.NaN;
        for (String measure : List.of("src", "spearman", "sobol_first", "sobol_total")) {
            double[] e = new double[rows.size()];
            double[] lo = new double[rows.size()];
            double[] hi = new double[rows.size()];
            Arrays.fill(e, Double.NaN);
            boolean any = false;
            for (Sensitivity.Index i : all) {
                int row = rows.indexOf(i.parameter());
                if (i.metric().equals(metric) && i.measure().equals(measure) && row >= 0) {
                    e[row] = i.estimate();
                    lo[row] = i.ciLow();
                    hi[row] = i.ciHigh();
                    any |= !Double.isNaN(i.estimate());
                    if (measure.equals("src")) {
                        r2 = i.r2();
                    }
                }
            }
            if (any) {
                measures.add(new ForestChart.Measure(label(measure, r2), e, lo, hi));
            }
        }
        if (measures.isEmpty()) {
            throw new IllegalStateException("no sensitivity estimate of " + metric + " to draw");
        }
        double noise = all.stream().filter(i -> i.metric().equals(metric) && i.measure().equals("noise_share")).mapToDouble(Sensitivity.Index::estimate)
                .findFirst().orElse(Double.NaN);
        String caution = Sensitivity.caution(noise, plan.replications(), Double.NaN) != null
                ? ": no driver can be named, most of the variance of the points' means is the seed's"
                : Sensitivity.caution(Double.NaN, plan.replications(), r2) != null ? ": SRC names no driver (R² below " + Sensitivity.SRC_MIN_R2 + ")" : "";
        String subtitle = name + ": which parameters drive " + metric + "; 95% intervals; 0 = no effect; noise_share "
                + (Double.isNaN(noise) ? "n/a (1 replication)" : Num.fmt(noise, 2)) + ", SRC R² " + (Double.isNaN(r2) ? "n/a" : Num.fmt(r2, 2))
                + caution;
        return ForestChart.createChart("Sensitivity of " + Metrics.name(metric), subtitle, rows.stream().map(Labels::label).toList(), measures, "index", 0.0);
    }

    private static String label(String measure, double r2) {
        return switch (measure) {
            case "src" -> "standardised regression coefficient (R² = " + Num.fmt(r2, 2) + ")";
            case "spearman" -> "Spearman rank correlation";
            case "sobol_first" -> "Sobol first-order index";
            case "sobol_total" -> "Sobol total-order index";
            default -> measure;
        };
    }

    // ------------------------------------------------------------------ one point

    private JFreeChart histogram(String metric) {
        double[] v = results.values(metric, 0);
        boolean integers = Arrays.stream(v).allMatch(d -> d == Math.rint(d));
        Stats.Summary e = estimate(metric, v);
        String subtitle = name + ": " + English.count(v.length, "run") + "; " + (Metrics.isBinary(metric) ? "share " : "mean ") + shortNumber(e.mean())
                + (Double.isNaN(e.ciLow()) ? "" : " (95% CI " + shortNumber(e.ciLow()) + " to " + shortNumber(e.ciHigh()) + ")")
                + "; dashed line = mean";
        return HistogramChart.createChart(Metrics.name(metric) + ": distribution over replications", subtitle, Metrics.label(metric),
                List.of(new HistogramChart.Sample(name, v)), integers);
    }
}
