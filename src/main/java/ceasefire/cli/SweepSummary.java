package ceasefire.cli;

import ceasefire.output.English;
import ceasefire.output.Num;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.SweepJob;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a finished sweep (or {@code run --replications}) prints on stdout: the counts, the means
 * or main drivers, and what was written. Shared by {@link SweepCommand}, {@link RunCommand} and
 * {@link CompareCommand} (which formats its numbers with {@link #shortNum}).
 */
final class SweepSummary {

    private SweepSummary() {
    }

    static void print(PrintWriter out, Sweep sweep, SweepJob.Result r, double finishingSeconds, int threads) {
        int runs = sweep.plan().runs();
        out.printf(Locale.ROOT, "%s: %d design point%s x %d replication%s = %d runs (%d ok, %d failed)%s%n", sweep.spec().name(),
                sweep.plan().points(), sweep.plan().points() == 1 ? "" : "s", sweep.plan().replications(),
                sweep.plan().replications() == 1 ? "" : "s", runs, runs - r.failed(), r.failed(),
                r.previouslyDone() > 0 ? "; " + r.previouslyDone() + " were done before this session" : "");
        out.printf(Locale.ROOT, "  this session: %d runs in %.1f s on %d thread%s (%.1f runs/s); statistics and charts %.1f s%n",
                r.outcome().ran(), r.outcome().wallNanos() / 1e9, threads, threads == 1 ? "" : "s", r.outcome().throughput(), finishingSeconds);
        List<String> metrics = sweep.spec().metrics();
        if (sweep.plan().design().sampled()) {
            printDrivers(out, r.sensitivity(), metrics, sweep.plan().replications());
            if (sweep.plan().replications() == 1) {
                out.println("  note: with one replication per point the seed's noise cannot be told from the parameters' effects");
                out.println("        (and it inflates every Sobol total-order index); 2 or more replications give noise_share.");
            }
        } else if (sweep.plan().parameters().isEmpty()) {
            printOnePoint(out, r.summary());
        } else if (sweep.plan().points() <= 40) {
            printMeans(out, sweep, r.summary(), metrics);
        }
        // A chart written as PNG, SVG and PDF is one chart in three files.
        long charts = r.manifest().files().stream().filter(f -> f.startsWith("charts/")).map(f -> f.substring(0, f.lastIndexOf('.')))
                .distinct().count();
        boolean report = r.manifest().files().contains("report.html");
        out.printf(Locale.ROOT, "  written     %s (%sruns.csv, summary.csv%s%s%s%s, manifest.json)%n", r.dir(), report ? "report.html, " : "",
                sweep.plan().design().sampled() ? ", sensitivity.csv" : "",
                r.manifest().files().contains(ceasefire.sweep.statistics.Trajectories.FILE) ? ", trajectories.csv" : "",
                r.manifest().files().contains(ceasefire.sweep.running.KeptRuns.DIR + "/") ? ", every run's timeseries in " + ceasefire.sweep.running.KeptRuns.DIR + "/" : "",
                charts > 0 ? ", " + English.count(charts, "chart") : "");
    }

    private static void printMeans(PrintWriter out, Sweep sweep, List<SummaryTable.Row> rows, List<String> metrics) {
        List<String> shown = metrics.subList(0, Math.min(4, metrics.size()));
        // Each parameter's column is as wide as its label (and at least 10), in the header and in every row.
        List<String> columns = new ArrayList<>();
        StringBuilder head = new StringBuilder("  ");
        for (String p : sweep.spec().parameterPaths()) {
            String label = ceasefire.scenario.Labels.axis(p);
            columns.add("%-" + Math.max(10, label.length() + 2) + "s");
            head.append(String.format(Locale.ROOT, columns.get(columns.size() - 1), label));
        }
        for (String m : shown) {
            head.append(String.format(Locale.ROOT, "%-26s", m + (Metrics.isBinary(m) ? " (share)" : "")));
        }
        out.println("  mean [95% CI] per design point" + (shown.size() < metrics.size()
                ? " (" + shown.size() + " of " + metrics.size() + " metrics; all are in summary.csv):" : ":"));
        out.println(head.toString().stripTrailing());
        int point = -1;
        StringBuilder line = null;
        for (SummaryTable.Row row : rows) {
            if (!shown.contains(row.metric())) {
                continue;
            }
            if (row.point() != point) {
                if (line != null) {
                    out.println(line.toString().stripTrailing());
                }
                point = row.point();
                line = new StringBuilder("  ");
                for (int i = 0; i < row.values().size(); i++) {
                    line.append(String.format(Locale.ROOT, columns.get(i), row.values().get(i)));
                }
            }
            line.append(String.format(Locale.ROOT, "%-26s", estimate(row)));
        }
        if (line != null) {
            out.println(line.toString().stripTrailing());
        }
    }

    private static void printOnePoint(PrintWriter out, List<SummaryTable.Row> rows) {
        out.println("  mean [95% CI] over the replications (median; quartiles):");
        for (SummaryTable.Row row : rows) {
            var s = row.stats();
            String spread = Metrics.isBinary(row.metric()) || s.n() == 0 ? "" : String.format(Locale.ROOT, "  (%s; %s to %s)", shortNum(s.median()),
                    shortNum(s.q1()), shortNum(s.q3()));
            String undefined = row.undefined() > 0 ? "  [" + English.count(row.undefined(), "run") + " undefined]" : "";
            out.printf(Locale.ROOT, "    %-20s %s%s%s%n", row.metric() + (Metrics.isBinary(row.metric()) ? " (share)" : ""), estimate(row), spread,
                    undefined);
        }
    }

    static String estimate(SummaryTable.Row row) {
        var s = row.stats();
        if (s.n() == 0) {
            return "-";
        }
        String ci = Double.isNaN(s.ciLow()) ? "" : " [" + shortNum(s.ciLow()) + ", " + shortNum(s.ciHigh()) + "]";
        return shortNum(s.mean()) + ci;
    }

    static String shortNum(double v) {
        double a = Math.abs(v);
        return Num.fmt(v, a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
    }

    private static void printDrivers(PrintWriter out, List<Sensitivity.Index> indices, List<String> metrics, int replications) {
        out.println("  main drivers (|index| with 95% CI; see sensitivity.csv and charts/*-sensitivity.png):");
        for (String m : metrics) {
            double noise = indices.stream().filter(i -> i.metric().equals(m) && i.measure().equals("noise_share"))
                    .mapToDouble(Sensitivity.Index::estimate).findFirst().orElse(Double.NaN);
            String noisy = Sensitivity.caution(noise, replications, Double.NaN);
            if (noisy != null) {
                // Indices of the points' means would rank parameters by what is mostly the seeds' noise.
                out.printf(Locale.ROOT, "    %-20s no driver named: %s%n", m, noisy);
                continue;
            }
            String measure = indices.stream().anyMatch(i -> i.metric().equals(m) && i.measure().equals("sobol_total") && !Double.isNaN(i.estimate()))
                    ? "sobol_total" : "src";
            List<Sensitivity.Index> list = drivers(indices, m, measure);
            if (list.isEmpty()) {
                out.printf(Locale.ROOT, "    %-20s (no estimate: %s)%n", m, indices.stream().filter(i -> i.metric().equals(m) && i.measure().equals(measure))
                        .map(Sensitivity.Index::note).findFirst().orElse("no data"));
                continue;
            }
            String name = m;
            String how = measure.equals("src") ? " (SRC, R² " + Num.fmt(list.get(0).r2(), 2) + ")" : " (" + measure + ")";
            if (measure.equals("src") && !Double.isNaN(list.get(0).r2()) && list.get(0).r2() < Sensitivity.SRC_MIN_R2) {
                out.printf(Locale.ROOT, "    %-20s no driver named from SRC: %s; by Spearman rank correlation instead:%n", m,
                        Sensitivity.caution(Double.NaN, replications, list.get(0).r2()).replace(": the response", "; the response").replace(" to name drivers", ""));
                list = drivers(indices, m, "spearman");
                how = " (Spearman)";
                name = "";
                if (list.isEmpty()) {
                    continue;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < Math.min(3, list.size()); k++) {
                Sensitivity.Index i = list.get(k);
                sb.append(k == 0 ? "" : ", ").append(ceasefire.scenario.Labels.axis(i.parameter())).append(' ').append(Num.fmt(i.estimate(), 2))
                        .append(" [").append(Num.fmt(i.ciLow(), 2)).append(", ").append(Num.fmt(i.ciHigh(), 2)).append(']');
            }
            out.printf(Locale.ROOT, "    %-20s %s%s%n", name, sb, how);
            // Ranking by point estimates alone would name drivers the data cannot support.
            boolean anyClear = list.stream().anyMatch(i -> i.ciLow() > 0 || i.ciHigh() < 0);
            if (!anyClear) {
                out.printf(Locale.ROOT, "    %-20s (no interval excludes 0: too few runs to name a driver of %s)%n", "", m);
            }
        }
    }

    private static List<Sensitivity.Index> drivers(List<Sensitivity.Index> indices, String metric, String measure) {
        List<Sensitivity.Index> list = new ArrayList<>(indices.stream()
                .filter(i -> i.metric().equals(metric) && i.measure().equals(measure) && !Double.isNaN(i.estimate())).toList());
        list.sort(Comparator.comparingDouble((Sensitivity.Index i) -> -Math.abs(i.estimate())));
        return list;
    }
}
