package ceasefire.cli;

import ceasefire.calibrate.Calibration;
import ceasefire.calibrate.CalibrationDirectory;
import ceasefire.calibrate.CalibrationFile;
import ceasefire.calibrate.CalibrationSpec;
import ceasefire.output.Num;
import ceasefire.output.OutputFolder;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ceasefire calibrate}: fit a scenario's parameters to an observed series. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = "ceasefire.cli.OutputOptions",
        description = {"Fit a scenario's parameters to an observed count series (CMA-ES, Nelder-Mead or ABC-SMC; every candidate "
                + "runs its replications on the same seeds). Writes trace.csv, best.yaml, fit.csv, profile.csv, posterior.csv "
                + "(ABC-SMC), summary.json, charts and report.html (one self-contained page: the fit, the fitted values with their intervals, every "
                + "chart). The file format: docs/CALIBRATION.md."})
public final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration file (YAML).")
    Path file;

    @CommandLine.Mixin
    ThreadsOption threads;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ResumeOption resume;

    @Option(names = "--budget", paramLabel = "N", description = "Candidate evaluations the search may spend (overrides the file's budget).")
    Integer budget;

    @CommandLine.Mixin
    NoReportOption report;

    @CommandLine.Mixin
    FigureOptions figures;

    @CommandLine.Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads.count();
        List<Problem> usage = new ArrayList<>(threads.problems());
        usage.addAll(resume.problems(output, "calibration"));
        if (!usage.isEmpty()) {
            throw new ScenarioException(usage);
        }
        CalibrationSpec c = CalibrationFile.load(file, budget);
        try (OutputFolder folder = CalibrationDirectory.open(output.dir(), Path.of("runs"), c, resume.on(), output.force())) {
            OutputOptions.noteStaleLock(err, folder);
            return calibrate(stdout, err, c, folder.dir(), n);
        }
    }

    private int calibrate(PrintWriter stdout, PrintWriter err, CalibrationSpec c, Path dir, int n) throws Exception {
        int k = c.parameters().size();
        long runs = (long) c.replications() * ((c.statistics().isEmpty() ? 0 : 1) + c.budget() + 4 + k * 15L + 1);
        Progress progress = new Progress(err, "calibrating", runs, !quiet.on());
        long started = System.nanoTime();
        Calibration.Listener listener = new Calibration.Listener() {
            private long done;
            private double best = Double.NaN;

            @Override
            public synchronized void phase(String name, int evaluations, int runsPerEvaluation) {
            }

            @Override
            public synchronized void run() {
                done++;
                progress.update(Math.min(done, runs), Double.isNaN(best) ? "" : "best " + Num.fmt(best, 4));
            }

            @Override
            public synchronized void evaluated(double objective, double bestSoFar, boolean reused) {
                best = bestSoFar;
                if (reused) {
                    done += c.replications();
                    progress.update(Math.min(done, runs), "best " + Num.fmt(best, 4) + " (from the trace)");
                }
            }
        };
        Calibration.Result r;
        try {
            r = new Calibration(c, dir, n, listener, figures.spec(), report.report()).run();
        } catch (java.io.IOException e) {
            progress.done();
            err.println("ceasefire calibrate: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        progress.done();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!quiet.on()) {
            stdout.printf(Locale.ROOT, "%s: %s of %d parameter%s to %s (%d periods, %d held out), %d replications per candidate%n", c.name(),
                    c.method().id(), k, k == 1 ? "" : "s", c.observed().file(), c.observed().size(), count(c.heldOut()), c.replications());
            stdout.printf(Locale.ROOT, "  %d evaluations (%d from an earlier session's trace) in %s on %d thread%s; best %s %s%n", r.evaluations(),
                    r.reused(), Progress.formatSeconds(seconds), n, n == 1 ? "" : "s", c.objective().id(), Num.fmt(r.objective(), 4));
            for (int i = 0; i < k; i++) {
                CalibrationSpec.FitParameter p = c.parameters().get(i);
                double[] iv = r.intervals().get(p.path());
                stdout.printf(Locale.ROOT, "  %-36s %-10s [%s, %s]%s%n", p.path(), Num.fmt(r.best()[i], 4), Num.fmt(iv[0], 4), Num.fmt(iv[1], 4),
                        iv[0] <= p.min() || iv[1] >= p.max() ? "  (interval reaches a bound: not identified there)" : "");
            }
            stdout.printf(Locale.ROOT, "  fit         RMSE of log(1 + count) %s fitted, %s held out; 90%% band covers %s fitted, %s held out%n",
                    Num.fmt(r.rmseFitted(), 3), Double.isNaN(r.rmseHeldOut()) ? "-" : Num.fmt(r.rmseHeldOut(), 3),
                    pct(r.coverageFitted()), pct(r.coverageHeldOut()));
            stdout.printf(Locale.ROOT, "  written     %s (%d files; best.yaml runs the fitted scenario%s)%n", dir, r.files().size(),
                    report.report() ? "; report.html shows it all" : "");
        }
        stdout.flush();
        return 0;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) {
            n += x ? 1 : 0;
        }
        return n;
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
