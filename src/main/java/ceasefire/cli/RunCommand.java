package ceasefire.cli;

import ceasefire.model.ConflictModel;
import ceasefire.model.DayRecord;
import ceasefire.model.RunLog;
import ceasefire.model.RunObserver;
import ceasefire.model.RunSummary;
import ceasefire.output.English;
import ceasefire.output.OutputFolder;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.SweepJob;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code ceasefire run}: one scenario, headless, into a run directory. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, resourceBundle = "ceasefire.cli.OutputOptions",
        description = {"Run a scenario without a GUI and write a run directory.",
                "The directory holds timeseries.csv, incidents.csv, narrative.csv and narrative.txt, summary.json, "
                        + "the charts (PNG; SVG and PDF with --format) and report.html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal fault (a bug: please report it with the trace printed)",
                "2:bad input: a mistake in the scenario, an override or an option (every problem is listed)",
                "3:with --replications, some runs failed (their errors are in runs.csv and failures.log)"})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Mixin
    OutputOptions output;

    @Mixin
    QuietOption quiet;

    @Mixin
    NoChartsOption charts;

    @Mixin
    NoReportOption report;

    @Mixin
    FigureOptions figures;

    @Option(names = "--replications", paramLabel = "N", description = "Run the scenario N times, each with its own seed derived from "
            + "--seed (or run.seed), on all cores, and write a sweep directory (runs.csv, summary.csv, charts, manifest.json) "
            + "instead of a run directory; 'ceasefire compare' compares two of them.")
    Integer replications;

    @Mixin
    ThreadsOption threads;

    @Mixin
    KeepRunsOption keepRuns;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (replications != null || threads.given() || keepRuns.on()) {
            return replicate(out, err);
        }
        Scenario scenario = options.load(scenarioFile);
        long need = ceasefire.model.MemoryEstimate.bytes(scenario);
        long max = Runtime.getRuntime().maxMemory();
        if (need > max) {
            err.println("ceasefire run: " + scenarioFile + " needs about " + (need >> 20) + " MB of memory and Java may use "
                    + (max >> 20) + " MB here; give it more, e.g. CEASEFIRE_JAVA_OPTS=-Xmx" + Main.suggestedGigabytes(need >> 20)
                    + "g ./ceasefire run ..., or make the scenario smaller (fewer units, a smaller map)");
            return Main.BAD_INPUT;
        }
        OutputFolder folder = OutputFolder.open(output.dir(), Path.of("runs"), stem(scenarioFile), "run", output.mode());
        try (folder) {
            Path dir = folder.dir();
            OutputOptions.noteStaleLock(err, folder);
            ConflictModel model = new ConflictModel(scenario);
            RunLog log = new RunLog();
            model.addObserver(log);
            int days = scenario.run().days();
            Progress progress = new Progress(err, "simulating", days, !quiet.on());
            model.addObserver(new RunObserver() {
                @Override
                public void day(DayRecord record) {
                    progress.update(record.step() + 1L, "");
                }
            });
            long started = System.nanoTime();
            RunSummary summary = model.run();
            progress.done();
            double seconds = (System.nanoTime() - started) / 1e9;

            List<String> files;
            try {
                files = new RunWriter(scenario, scenarioFile.toString(), options.overrides(), log, summary)
                        .writeAll(dir, scenarioFile, charts.charts() ? figures.spec() : null, report.report());
            } catch (java.io.IOException e) {
                return Main.cannotWrite(err, "ceasefire run", dir, e, "");
            }
            if (!quiet.on()) {
                printSummary(out, scenario, summary, dir, files.size(), seconds);
            }
        }
        out.flush();
        return 0;
    }

    /** {@code --replications N}: a one-point sweep of this scenario (see {@link SweepCommand}). */
    private int replicate(PrintWriter out, PrintWriter err) throws Exception {
        List<Problem> usage = new ArrayList<>();
        if (replications == null) {
            usage.add(keepRuns.on() && !threads.given()
                    ? new Problem("--keep-runs", 0, "", "applies to --replications N only (a single run writes its timeseries.csv anyway)")
                    : new Problem("--threads", 0, "", "applies to --replications N only (a single run uses one thread)"));
        }
        int n = threads.count();
        usage.addAll(threads.problems());
        if (!usage.isEmpty()) {
            return Problems.report(err, new ScenarioException(usage));
        }
        Sweep sweep = Sweep.replications(scenarioFile, options.overridesWithSteps(), replications, Metrics.DEFAULT);
        SweepProgress listener = new SweepProgress(err, !quiet.on(), "replications", charts.charts());
        SweepJob.Result result;
        try {
            result = SweepJob.run(sweep, new SweepJob.Options(output.dir(), Path.of("runs"), false, output.force(), n, charts.charts(),
                    RunFunction.MODEL, figures.spec(), report.report(), keepRuns.on()),
                    listener);
        } finally {
            listener.done = true;
        }
        if (!quiet.on()) {
            SweepSummary.print(out, sweep, result, (System.nanoTime() - listener.finishingAt) / 1e9, n);
        }
        out.flush();
        if (result.failed() > 0) {
            err.println("ceasefire run: " + result.failed() + " of " + English.count(replications, "run") + " failed; their errors are in "
                    + result.dir().resolve("runs.csv") + " and " + result.dir().resolve("failures.log"));
            err.flush();
            return Main.FAILED_RUNS;
        }
        return 0;
    }

    static void printSummary(PrintWriter out, Scenario s, RunSummary r, Path dir, int files, double seconds) {
        String a = s.a().name();
        String b = s.b().name();
        out.printf(Locale.ROOT, "%s, seed %d: %d of %d days in %.1f s%n", s.name(), s.run().seed(), r.daysRun(), r.daysPlanned(), seconds);
        String detection = s.peacekeepers().troops() == 0 ? "no peacekeepers to detect them"
                : "peacekeepers detected " + (Double.isNaN(r.detectionRate()) ? "none (no incidents)"
                        : String.format(Locale.ROOT, "%.0f%%", 100 * r.detectionRate()));
        out.printf(Locale.ROOT, "  incidents   %d (%s %d, %s %d), %d violations as the sides count them; %s%n", r.incidents(), a,
                r.incidentsA(), b, r.incidentsB(), r.violations(), detection);
        out.printf(Locale.ROOT, "  casualties  %s %d, %s %d%n", a, r.casualtiesA(), b, r.casualtiesB());
        out.printf(Locale.ROOT, "  escalation  peak %.2f (%s); %s%n", r.peakEscalation(), r.peakLevel().label(),
                r.collapsed() ? "the ceasefire COLLAPSED on day " + r.collapseDay() : "the ceasefire held");
        out.printf(Locale.ROOT, "  mediation   %s (%d succeeded), %s, %s (%d refused)%n", plural(r.talksHeld(), "round of talks", "rounds of talks"),
                r.talksSucceeded(), plural(r.rebukes(), "public rebuke", "public rebukes"),
                plural(r.withdrawalDemands(), "withdrawal demand", "withdrawal demands"), r.refusals());
        out.printf(Locale.ROOT, "  written     %s (%d files)%n", dir, files);
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String stem(Path file) {
        String name = file.getFileName() == null ? "scenario" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
