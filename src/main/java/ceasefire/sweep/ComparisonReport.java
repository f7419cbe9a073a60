package ceasefire.sweep;

import ceasefire.Version;
import ceasefire.output.English;
import ceasefire.output.Report;
import ceasefire.sweep.charts.SweepCharts;
import ceasefire.sweep.design.Metrics;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** The {@code report.html} of a comparison: what was compared, every test with its interval and verdict, the charts, the files. */
final class ComparisonReport {

    private ComparisonReport() {
    }

    static void write(Path file, Comparison.Result r, Map<String, JFreeChart> charts, List<String> files) throws IOException {
        Report page = new Report("Comparison: " + r.a().label() + " and " + r.b().label(), "Differences are B - A.");
        page.section("What was compared", "run");
        page.facts(List.of(
                new String[] {"A", r.a().label() + " (" + r.a().dir() + ", " + English.count(r.a().results().rows(), "run") + ")"},
                new String[] {"B", r.b().label() + " (" + r.b().dir() + ", " + English.count(r.b().results().rows(), "run") + ")"},
                new String[] {"seeds", r.pairedSeeds() ? "the same seeds in A and B: the runs are pairs, and the verdicts rest on the paired t-test" : "different seeds"},
                new String[] {"program", "ceasefire " + Version.get()}));

        page.section("Headline figures", "headline");
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row row : r.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.point().isEmpty() ? Metrics.label(row.metric()) : row.point() + ": " + Metrics.label(row.metric()));
            cells.add(ci(row.a().mean(), row.a().ciLow(), row.a().ciHigh()));
            cells.add(ci(row.b().mean(), row.b().ciLow(), row.b().ciHigh()));
            cells.add(ci(row.difference(), row.diffLow(), row.diffHigh()));
            cells.add(SweepCharts.shortNumber(row.pHolm()));
            cells.add(row.verdict());
            rows.add(cells);
        }
        page.table("comparison", List.of("metric", "A: mean [95% CI]", "B: mean [95% CI]", "B - A [95% CI]", "p (Holm)", "verdict"), rows);
        page.caveat("Significant means " + r.testName() + " p < 0.05 after Holm's correction for the " + English.count(r.tests(), "test")
                + " in the table. 'Not significant' means these runs cannot tell A and B apart on that metric, not that they are equal.");

        page.section("Charts", "charts");
        for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
            String stem = ceasefire.output.RunDirectory.safe(e.getKey());
            page.chart(e.getValue(), new Dimension(SweepCharts.WIDTH, SweepCharts.HEIGHT), "",
                    files.stream().filter(f -> f.startsWith(stem + ".")).toList());
        }
        page.section("Files", "files");
        page.files(List.<String[]>of(new String[] {Comparison.FILE, "every test: means, intervals, p-values, effect sizes, verdicts"}));
        page.write(file, "Written by ceasefire " + Version.get() + ". Self-contained: charts are inline SVG.");
    }

    private static String ci(double mean, double lo, double hi) {
        return SweepCharts.shortNumber(mean) + (Double.isNaN(lo) ? "" : " [" + SweepCharts.shortNumber(lo) + ", " + SweepCharts.shortNumber(hi) + "]");
    }
}
