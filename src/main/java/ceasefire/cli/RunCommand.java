package ceasefire.cli;

import ceasefire.model.ConflictModel;
import ceasefire.model.DayRecord;
import ceasefire.model.RunLog;
import ceasefire.model.RunObserver;
import ceasefire.model.RunSummary;
import ceasefire.output.OutputException;
import ceasefire.output.RunDirectory;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ceasefire run}: one scenario, headless, into a run directory. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a scenario without a GUI and write a run directory: timeseries.csv, incidents.csv,",
            "narrative.csv/.txt, summary.json and PNG charts."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: a new runs/<scenario>-<date-time>/).")
    Path out;

    @Option(names = "--force", description = "Overwrite an earlier run in --out DIR.")
    boolean force;

    @Option(names = "--quiet", description = "No progress indicator and no summary (errors are still printed).")
    boolean quiet;

    @Option(names = "--no-charts", description = "Skip the PNG charts (faster; the CSV and JSON files are written as usual).")
    boolean noCharts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = options.load(scenarioFile);
        } catch (ScenarioException e) {
            return Problems.report(err, e);
        }
        Path dir;
        try {
            dir = RunDirectory.prepare(this.out, Path.of("runs"), stem(scenarioFile), force, RunDirectory.MARKER);
        } catch (OutputException e) {
            err.println("ceasefire run: " + e.getMessage());
            return Main.BAD_INPUT;
        }

        ConflictModel model = new ConflictModel(scenario);
        RunLog log = new RunLog();
        model.addObserver(log);
        int days = scenario.run().days();
        Progress progress = new Progress(err, "simulating", days, !quiet);
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

        List<String> files = new RunWriter(scenario, scenarioFile.toString(), options.overrides(), log, summary)
                .writeAll(dir, scenarioFile, !noCharts);
        if (!quiet) {
            printSummary(out, scenario, summary, dir, files.size(), seconds);
        }
        out.flush();
        return 0;
    }

    static void printSummary(PrintWriter out, Scenario s, RunSummary r, Path dir, int files, double seconds) {
        String a = s.a().name();
        String b = s.b().name();
        out.printf(Locale.ROOT, "%s, seed %d: %d of %d days in %.1f s%n", s.name(), s.run().seed(), r.daysRun(), r.daysPlanned(), seconds);
        out.printf(Locale.ROOT, "  incidents   %d (%s %d, %s %d); peacekeepers detected %s%n", r.incidents(), a, r.incidentsA(), b,
                r.incidentsB(), Double.isNaN(r.detectionRate()) ? "none (no incidents)" : String.format(Locale.ROOT, "%.0f%%", 100 * r.detectionRate()));
        out.printf(Locale.ROOT, "  casualties  %s %d, %s %d%n", a, r.casualtiesA(), b, r.casualtiesB());
        out.printf(Locale.ROOT, "  escalation  peak %.2f (%s); %s%n", r.peakEscalation(), r.peakLevel().label(),
                r.collapsed() ? "the ceasefire COLLAPSED on day " + r.collapseDay() : "the ceasefire held");
        out.printf(Locale.ROOT, "  mediation   %d talks (%d succeeded), %d public rebukes, %d withdrawal demands (%d refused)%n",
                r.talksHeld(), r.talksSucceeded(), r.rebukes(), r.withdrawalDemands(), r.refusals());
        out.printf(Locale.ROOT, "  written     %s (%d files)%n", dir, files);
    }

    static String stem(Path file) {
        String name = file.getFileName() == null ? "scenario" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
