package ceasefire.sweep.charts;

import ceasefire.Version;
import ceasefire.output.English;
import ceasefire.output.Report;
import ceasefire.scenario.Labels;
import ceasefire.scenario.ParameterOverride;
import ceasefire.sweep.design.Design;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.design.Parameter;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.design.SweepSpec;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import ceasefire.sweep.statistics.Trajectories;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * The {@code report.html} of a sweep directory (and of {@code run --replications}): what was
 * run, the means with their 95% intervals per design point, every chart, the sensitivity
 * indices with the caveats that go with them, and links to the files.
 */
public final class SweepReport {

    /** Design points listed one by one in the table of means; beyond, summary.csv has them. */
    static final int MAX_POINTS = 40;

    private SweepReport() {
    }

    public static void write(Path dir, Sweep sweep, RunResults results, List<SummaryTable.Row> summary, List<Sensitivity.Index> sensitivity,
                      List<String> files, List<Manifest.Session> sessions, List<Trajectories.PointBands> bands) throws IOException {
        SweepSpec spec = sweep.spec();
        SweepPlan plan = sweep.plan();
        String title = sweep.isReplications() ? spec.name() + ": " + English.count(plan.replications(), "replication")
                : spec.name() + ": sweep report";
        Report page = new Report(title, spec.description());

        page.section("What was run", "run");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"scenario", sweep.base().name() + " (" + spec.scenarioFile() + ")"});
        if (!sweep.isReplications()) {
            facts.add(new String[] {"design", plan.design().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", "
                    + English.count(plan.points(), "design point") + " x " + English.count(plan.replications(), "replication")
                    + " = " + English.count(plan.runs(), "run")});
            List<String> varied = new ArrayList<>();
            for (Parameter p : plan.parameters()) {
                varied.add(Labels.axis(p.path()) + " [" + p.path() + "]");
            }
            facts.add(new String[] {"varied", varied.isEmpty() ? "nothing" : String.join("; ", varied)});
        } else {
            facts.add(new String[] {"runs", English.count(plan.runs(), "run") + ", each with its own seed"});
        }
        facts.add(new String[] {"base seed", Long.toString(spec.seed())});
        List<String> fixed = new ArrayList<>();
        for (ParameterOverride o : spec.fixed()) {
            fixed.add(o.path() + " = " + o.valueText());
        }
        facts.add(new String[] {"fixed overrides", fixed.isEmpty() ? "none" : String.join("; ", fixed)});
        facts.add(new String[] {"failed runs", Integer.toString(results.failed())});
        facts.add(new String[] {"program", "ceasefire " + Version.get()});
        facts.add(new String[] {"run", sessions.isEmpty() ? "" : sessions.get(0).started() + " to " + sessions.get(sessions.size() - 1).finished()
                + " (" + English.count(sessions.size(), "session") + ")"});
        page.facts(facts);

        page.section("Headline figures", "headline");
        page.paragraph("Mean and 95% confidence interval per design point (for yes/no metrics: the share of runs, with a Wilson "
                + "interval), over " + English.count(plan.replications(), "run") + " per point.");
        if (plan.points() <= MAX_POINTS) {
            // One row per design point, one column per metric: a point's results side by side.
            List<String> header = new ArrayList<>();
            for (Parameter p : plan.parameters()) {
                header.add(Labels.axis(p.path()));
            }
            header.add("n");
            for (String m : spec.metrics()) {
                header.add(Metrics.label(m));
            }
            Map<Integer, List<String>> rows = new java.util.LinkedHashMap<>();
            for (SummaryTable.Row r : summary) {
                List<String> row = rows.computeIfAbsent(r.point(), k -> {
                    List<String> cells = new ArrayList<>(r.values());
                    cells.add(Integer.toString(r.stats().n()));
                    return cells;
                });
                double lo = r.stats().ciLow();
                row.add(SweepCharts.shortNumber(r.stats().mean()) + (Double.isNaN(lo) ? "" : " [" + SweepCharts.shortNumber(lo)
                        + ", " + SweepCharts.shortNumber(r.stats().ciHigh()) + "]"));
            }
            page.table("means", header, new ArrayList<>(rows.values()));
        } else {
            page.paragraph(English.count(plan.points(), "design point") + ": too many to list here; summary.csv has every one.");
        }

        if (!sweep.isReplications() && plan.design() == Design.GRID && plan.parameters().size() >= 2) {
            page.section("Main effects", "main-effects");
            page.paragraph("Each parameter's main effect: the mean of all runs at each of its values, the other parameters' values "
                    + "mixed in equally (the main-effects charts below).");
            page.caveat("A main effect averages over the other parameters: an interaction (one parameter mattering only at some "
                    + "values of another) is hidden in it; the heat map and the per-parameter charts show it. Every design point "
                    + "has its own seeds, so with many levels one band can miss the others by chance: a main-effects chart "
                    + "suggests, a comparison with more runs ('ceasefire compare') decides.");
        }
        if (plan.design().sampled()) {
            page.section("Sensitivity", "sensitivity");
            List<List<String>> rows = new ArrayList<>();
            for (Sensitivity.Index i : sensitivity) {
                if (Double.isNaN(i.estimate())) {
                    continue;
                }
                rows.add(List.of(Metrics.label(i.metric()), i.parameter().isEmpty() ? "" : Labels.label(i.parameter()), i.measure(),
                        SweepCharts.shortNumber(i.estimate()) + (Double.isNaN(i.ciLow()) ? "" : " [" + SweepCharts.shortNumber(i.ciLow())
                                + ", " + SweepCharts.shortNumber(i.ciHigh()) + "]"),
                        Double.isNaN(i.r2()) ? "" : SweepCharts.shortNumber(i.r2()), i.note()));
            }
            page.table("sensitivity", List.of("metric", "parameter", "measure", "estimate [95% CI]", "R²", "note"), rows);
            page.caveat("Standardised regression coefficients (src) mean something only when R² is high (above about 0.7); "
                    + "otherwise read the Spearman rank correlations. If noise_share is high, most of the run-to-run variance is "
                    + "the seed's and no index means much yet: add replications. Sobol total-order indices are inflated by that "
                    + "noise too.");
        }

        page.section("Charts", "charts");
        Map<String, Supplier<JFreeChart>> charts = new SweepCharts(sweep, results, ceasefire.output.FigureSpec.DEFAULT).charts(sensitivity, bands);
        if (charts.isEmpty() || files.stream().noneMatch(f -> f.startsWith(SweepCharts.DIR + "/"))) {
            page.paragraph("No charts were written (--no-charts).");
        } else {
            for (Map.Entry<String, Supplier<JFreeChart>> e : charts.entrySet()) {
                String stem = SweepCharts.DIR + "/" + ceasefire.output.RunDirectory.safe(e.getKey());
                page.chart(e.getValue().get(), new Dimension(SweepCharts.WIDTH, SweepCharts.HEIGHT), "",
                        files.stream().filter(f -> f.startsWith(stem + ".")).toList());
            }
        }

        page.section("Files", "files");
        List<String[]> links = new ArrayList<>();
        for (String f : files) {
            if (!f.startsWith(SweepCharts.DIR + "/")) {
                links.add(new String[] {f, DESCRIPTIONS.getOrDefault(f, "")});
            }
        }
        links.add(new String[] {Manifest.FILE, "the files' SHA-256, program version, base seed, timing"});
        page.files(links);
        page.write(dir.resolve(Report.FILE), "Written by ceasefire " + Version.get() + ". Self-contained: charts are inline SVG; "
                + "the links open the sweep's own files beside this page.");
    }

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            RunsCsv.FILE, "one row per run: design point, replication, seed, parameter values, metrics, status",
            SummaryTable.FILE, "per design point and metric: n, mean, sd, 95% CI, median, quartiles",
            "sensitivity.csv", "sensitivity indices with 95% intervals",
            "failures.log", "stack traces of failed runs",
            "sweep.yaml", "the sweep file as it was read",
            "scenario.yaml", "the scenario as it was read");
}
