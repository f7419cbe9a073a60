package ceasefire.cli;

import ceasefire.output.English;
import ceasefire.output.Num;
import ceasefire.output.OutputFolder;
import ceasefire.sweep.Comparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code ceasefire compare}: are two sets of runs different, metric by metric, and by how much? */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = "ceasefire.cli.OutputOptions",
        description = "Compare two sets of runs: two sweep directories with the same design points, or two 'run --replications N' "
            + "directories. For each metric: both means with 95%% confidence intervals, the difference B - A with its interval, "
            + "Welch's t and Mann-Whitney U p-values (Holm-adjusted over all tests; a paired t-test too when A and B share their "
            + "seeds), Hedges' g and Cliff's delta. Writes compare.csv and charts. See docs/SWEEPS.md.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The first sweep or replications directory (the reference).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second directory; differences are B - A.")
    Path b;

    @Option(names = "--metric", paramLabel = "M", description = "A metric to compare (repeatable; default: every metric both collected).")
    List<String> metrics = new ArrayList<>();

    @picocli.CommandLine.Mixin
    OutputOptions output;

    @picocli.CommandLine.Mixin
    QuietOption quiet;

    @picocli.CommandLine.Mixin
    NoReportOption report;

    @picocli.CommandLine.Mixin
    FigureOptions figures;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sameDirectory(a, b)) {
            err.println("warning: A and B are the same directory (" + a.toAbsolutePath().normalize() + "); every difference below is 0 by "
                    + "construction and says nothing. Did you mean to give two different results?");
            err.flush();
        }
        Comparison.Side sa = Comparison.open(label(a), a);
        Comparison.Side sb = Comparison.open(label(b), b);
        Comparison.Result result = Comparison.compare(sa, sb, metrics);
        Path dir;
        List<String> files;
        try (OutputFolder folder = OutputFolder.open(output.dir(), Path.of("runs"), "compare-" + label(a) + "-vs-" + label(b), "compare",
                output.mode())) {
            dir = folder.dir();
            try {
                files = Comparison.write(dir, result, figures.spec(), report.report());
            } catch (java.io.IOException e) {
                return Main.cannotWrite(err, "ceasefire compare", dir, e, "");
            }
        }
        if (!quiet.on()) {
            print(stdout, result);
            boolean overall = files.contains(Comparison.OVERALL_FILE);
            stdout.printf(Locale.ROOT, "written     %s (%s%s%s and %s)%n", dir, Comparison.FILE, overall ? ", " + Comparison.OVERALL_FILE : "",
                    files.contains("report.html") ? ", report.html" : "",
                    English.count(files.stream().filter(f -> !f.equals(Comparison.FILE) && !f.equals(Comparison.OVERALL_FILE)
                            && !f.equals("report.html")).count(), "chart file"));
        }
        for (String u : result.unmatched()) {
            err.println("note: " + u + "; it is left out");
        }
        stdout.flush();
        err.flush();
        return 0;
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            // Either does not exist: opening it below says so.
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String label(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    static void print(PrintWriter out, Comparison.Result r) {
        out.printf(Locale.ROOT, "A = %s (%s, %d runs)%nB = %s (%s, %d runs)%n", r.a().dir(), r.a().manifest().name(), r.a().results().rows(),
                r.b().dir(), r.b().manifest().name(), r.b().results().rows());
        if (r.pairedSeeds()) {
            out.println("A and B used the same seeds run for run (common random numbers), so their runs are pairs: the verdicts and");
            out.println("Holm's adjustment rest on the paired t-test ('p paired'); the unpaired tests (Welch, Mann-Whitney) ignore the");
            out.println("pairing and are shown for reference only (they are conservative here).");
        }
        boolean paired = r.pairedSeeds();
        // The verdict rests on Holm's p, so it is shown beside the raw Welch p it adjusts.
        // When paired, Holm's p adjusts the paired p, so it follows it.
        String format = paired ? "%-20s %-22s %-22s %-26s %8s %8s %8s %8s %6s %6s  %s%n"
                : "%-20s %-22s %-22s %-26s %8s %8s %8s %6s %6s  %s%n";
        String point = null;
        for (Comparison.Row row : r.rows()) {
            if (!row.point().equals(point)) {
                point = row.point();
                out.println();
                if (!r.parameters().isEmpty() || r.rows().size() > r.metrics().size()) {
                    out.println("design point: " + point);
                }
                if (paired) {
                    out.printf(Locale.ROOT, format, "metric", "A: mean [95% CI]", "B: mean [95% CI]", "B - A [95% CI]", "p Welch", "p M-W",
                            "p paired", "p Holm", "g", "delta", "verdict");
                } else {
                    out.printf(Locale.ROOT, format, "metric", "A: mean [95% CI]", "B: mean [95% CI]", "B - A [95% CI]", "p Welch", "p Holm",
                            "p M-W", "g", "delta", "verdict");
                }
            }
            String name = row.metric() + (row.binary() ? " (share)" : "");
            String a = interval(row.a().mean(), row.a().ciLow(), row.a().ciHigh());
            String b = interval(row.b().mean(), row.b().ciLow(), row.b().ciHigh());
            String d = signed(row.difference(), row.diffLow(), row.diffHigh());
            String g = Double.isNaN(row.g().g()) ? "-" : Num.fmt(row.g().g(), 2);
            String delta = Double.isNaN(row.cliffsDelta()) ? "-" : Num.fmt(row.cliffsDelta(), 2);
            if (paired) {
                out.printf(Locale.ROOT, format, name, a, b, d, pValue(row.pWelch()), pValue(row.pMannWhitney()), pValue(row.pPaired()),
                        pValue(row.pHolm()), g, delta, row.verdict());
            } else {
                out.printf(Locale.ROOT, format, name, a, b, d, pValue(row.pWelch()), pValue(row.pHolm()), pValue(row.pMannWhitney()), g, delta,
                        row.verdict());
            }
        }
        out.println();
        List<Comparison.Overall> overall = Comparison.overall(r);
        if (!overall.isEmpty()) {
            Comparison.Overall first = overall.get(0);
            out.printf(Locale.ROOT, "Overall, across the %d matched design points: B - A averaged over the points (each weighted equally),%n",
                    first.points());
            out.printf(Locale.ROOT, "tested over the %d replications %s:%n", first.replications(), first.paired()
                    ? "as pairs (A and B share their seeds: paired t-test)" : "(Welch's t-test on each replication's average over the points)");
            out.printf(Locale.ROOT, "%-20s %-26s %8s %8s  %-16s %s%n", "metric", "B - A [95% CI]", "p", "p Holm", "points B higher", "verdict");
            for (Comparison.Overall o : overall) {
                String verdict = Double.isNaN(o.pHolm()) ? "too few runs to test" : o.pHolm() < Comparison.ALPHA
                        ? (o.difference() > 0 ? "B higher overall" : "B lower overall") : "not significant overall";
                out.printf(Locale.ROOT, "%-20s %-26s %8s %8s  %-16s %s%n", o.metric(), signed(o.difference(), o.ciLow(), o.ciHigh()), pValue(o.p()),
                        pValue(o.pHolm()), o.higher() + " of " + o.points(), verdict);
            }
            out.println();
        }
        List<String> significant = new ArrayList<>();
        for (Comparison.Row row : r.rows()) {
            if (row.significant()) {
                significant.add(row.metric() + (r.parameters().isEmpty() ? "" : " at " + row.point()) + " (" + row.verdict() + ")");
            }
        }
        int tests = r.tests();
        out.printf(Locale.ROOT, "Significant means %s p < %.2f after Holm's correction for the %d test%s above (p Holm);%n",
                r.testName(), Comparison.ALPHA, tests, tests == 1 ? "" : "s");
        out.println("g is Hedges' g (difference in pooled standard deviations), delta is Cliff's delta (P(B > A) - P(B < A)).");
        if (significant.isEmpty()) {
            out.println("No difference is significant: these runs cannot tell A and B apart on any metric. That is not proof that they are");
            out.println("equal; the 95% intervals of B - A show how large a difference the data still allow.");
        } else {
            out.printf(Locale.ROOT, "%d of %d differences %s significant: %s.%n", significant.size(), tests,
                    significant.size() == 1 ? "is" : "are", String.join("; ", significant));
            int rest = tests - significant.size();
            if (rest > 0) {
                out.printf(Locale.ROOT, "The other %d %s not significant: the runs cannot tell A and B apart on %s.%n", rest,
                        rest == 1 ? "is" : "are", rest == 1 ? "it" : "them");
            }
        }
    }

    private static String interval(double mean, double lo, double hi) {
        if (Double.isNaN(mean)) {
            return "-";
        }
        return SweepSummary.shortNum(mean) + (Double.isNaN(lo) ? "" : " [" + SweepSummary.shortNum(lo) + ", " + SweepSummary.shortNum(hi) + "]");
    }

    private static String signed(double d, double lo, double hi) {
        if (Double.isNaN(d)) {
            return "-";
        }
        return sign(d) + (Double.isNaN(lo) ? "" : " [" + sign(lo) + ", " + sign(hi) + "]");
    }

    private static String sign(double v) {
        String s = SweepSummary.shortNum(v);
        return v > 0 ? "+" + s : s;
    }

    private static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
