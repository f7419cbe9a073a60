package ceasefire.sweep;

import ceasefire.output.FigureSpec;
import ceasefire.output.Report;
import ceasefire.output.AtomicFiles;
import ceasefire.output.OutputException;
import ceasefire.output.OutputFolder;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.running.KeptRuns;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.running.SweepRunner;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sweep's whole life in its output directory: prepare it (a new directory, never over a user's
 * files), or check a killed sweep's directory for {@code --resume}; run what is missing; then
 * sort runs.csv and write summary.csv, sensitivity.csv, the charts and manifest.json, all computed
 * from runs.csv alone, so that a resumed sweep's results equal an uninterrupted one's.
 */
public final class SweepJob {

    /**
     * How to run.
     *
     * @param out      the directory ({@code --out}), or null for a new {@code runsRoot/<name>-<date-time>}
     * @param resume   continue the sweep in {@code out}
     * @param force    start over in {@code out}, replacing an earlier sweep's files
     * @param charts   write the charts
     * @param function what a run is (the model, or a test's stand-in)
     * @param figures  the charts' formats and size
     * @param report   write report.html
     * @param keepRuns keep every run's own timeseries.csv, compressed, under timeseries/
     */
    public record Options(Path out, Path runsRoot, boolean resume, boolean force, int threads, boolean charts, RunFunction function,
                          FigureSpec figures, boolean report, boolean keepRuns) {

        public Options {
            Objects.requireNonNull(runsRoot, "runsRoot");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(figures, "figures");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
        }

        /** PNG charts (if any), no report, no kept runs. */
        public Options(Path out, Path runsRoot, boolean resume, boolean force, int threads, boolean charts, RunFunction function) {
            this(out, runsRoot, resume, force, threads, charts, function, FigureSpec.DEFAULT, false, false);
        }

        /** PNG charts (if any) and no report. */
        public Options(Path out, Path runsRoot, boolean resume, boolean force, int threads, boolean charts, RunFunction function,
                       boolean keepRuns) {
            this(out, runsRoot, resume, force, threads, charts, function, FigureSpec.DEFAULT, false, keepRuns);
        }
    }

    /** Hears how the sweep gets on (from the thread that called {@link #run}). */
    public interface Listener {
        /** Before the first run: runs in the sweep and how many an earlier session already did. */
        void starting(Path dir, int runs, int alreadyDone, long droppedBytes);

        void finished(int run, boolean ok, int doneThisSession, int failedThisSession);

        /** Runs are done; statistics and charts are being written. */
        void finishing();
    }

    /**
     * What happened.
     *
     * @param outcome this session's runs (none when resuming a sweep that had finished its runs)
     * @param failed  failed runs in the whole sweep
     */
    public record Result(Path dir, SweepRunner.Outcome outcome, int previouslyDone, int failed, Manifest manifest,
                         List<SummaryTable.Row> summary, List<Sensitivity.Index> sensitivity) {
    }

    private SweepJob() {
    }

    public static Result run(Sweep sweep, Options o, Listener listener) throws OutputException, IOException, InterruptedException {
        try (OutputFolder folder = openFolder(sweep, o)) {
            boolean resume = o.resume() && Files.isRegularFile(folder.dir().resolve(Manifest.FILE));
            return run(sweep, o, listener, folder.dir(), resume ? checkResumable(sweep, folder.dir()) : Manifest.starting(sweep), resume);
        }
    }

    private static Result run(Sweep sweep, Options o, Listener listener, Path dir, Manifest manifest, boolean resume)
            throws OutputException, IOException, InterruptedException {
        if (!resume) {
            // First, so that a folder killed a moment later already says what it holds.
            manifest.write(dir);
        }
        SweepPlan plan = sweep.plan();
        Path runsFile = dir.resolve(RunsCsv.FILE);
        List<String> header = RunsCsv.header(sweep.spec().parameterPaths(), sweep.spec().metrics());
        RunsCsv.Scan scan;
        try {
            scan = RunsCsv.recover(runsFile, header, plan.runs(), row -> rowProblem(plan, row));
        } catch (RunsCsv.DamagedException e) {
            throw new OutputException(e.getMessage() + "; runs.csv was left as it is");
        }
        // Also on a resume, when a kill came before the copies were made: the hashes checked above say they are the same files.
        copyInputs(sweep, dir, resume);
        String started = now();
        List<Manifest.Session> sessions = new ArrayList<>(manifest.sessions());
        if (!sessions.isEmpty() && sessions.get(sessions.size() - 1).finished().isEmpty()) {
            // The previous session never finished: it was killed. What it did is what runs.csv holds beyond the sessions before it.
            Manifest.Session killed = sessions.remove(sessions.size() - 1);
            int before = sessions.stream().mapToInt(Manifest.Session::runs).sum();
            sessions.add(new Manifest.Session(killed.started(), "interrupted", killed.threads(), Math.max(0, scan.rows() - before),
                    killed.failed(), killed.seconds(), killed.modelSeconds()));
        }
        List<Manifest.Session> earlier = List.copyOf(sessions);
        // Recorded now with no end, so that a kill leaves a trace of this session too.
        sessions.add(new Manifest.Session(started, "", o.threads(), 0, 0, 0, 0));
        manifest = manifest.with(Manifest.RUNNING, manifest.runsOk(), manifest.runsFailed(), sessions, manifest.files());
        manifest.write(dir);
        listener.starting(dir, plan.runs(), scan.rows(), scan.droppedBytes());

        Path daysFile = dir.resolve(DailySeries.FILE);
        DailySeries.recover(daysFile, plan.runs());
        if (o.resume() && Files.exists(daysFile)) {
            int repeated = DailySeries.repair(daysFile, runsFile, scan.done(), plan.runs());
            if (repeated > 0) {
                scan = new RunsCsv.Scan(scan.done(), scan.rows() - repeated, scan.failed(), scan.droppedBytes());
            }
        }
        Path keep = o.keepRuns() ? Files.createDirectories(dir.resolve(KeptRuns.DIR)) : null;
        SweepRunner.Outcome outcome;
        try (RunsCsv.Appender out = new RunsCsv.Appender(runsFile, header);
             DailySeries.Appender days = new DailySeries.Appender(daysFile);
             FailureFile failures = new FailureFile(dir.resolve("failures.log"))) {
            outcome = new SweepRunner(sweep, o.function(), o.threads(), keep).run(scan.done(), out, days, failures, listener::finished);
        }
        listener.finishing();
        sessions = new ArrayList<>(earlier);
        sessions.add(new Manifest.Session(started, now(), o.threads(), outcome.ran(), outcome.failed(), outcome.wallNanos() / 1e9,
                outcome.modelNanos() / 1e9));

        RunsCsv.sort(runsFile, plan.runs());
        DailySeries.writeInRunOrder(List.of(daysFile), daysFile, plan.runs());
        SweepFinish.Done done = SweepFinish.write(sweep, dir, o.charts(), o.figures(), o.report(), o.threads(), sessions);
        RunResults results = done.results();
        List<SummaryTable.Row> summary = done.summary();
        List<Sensitivity.Index> sensitivity = done.sensitivity();
        List<String> files = new ArrayList<>(done.files());
        files.add(Manifest.FILE);
        manifest = manifest.with(Manifest.COMPLETE, results.rows() - results.failed(), results.failed(), sessions, files);
        manifest.write(dir);
        return new Result(dir, outcome, scan.rows(), results.failed(), manifest, summary, sensitivity);
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Checks that a row written by an earlier session belongs to this very sweep. */
    static String rowProblem(SweepPlan plan, org.apache.commons.csv.CSVRecord row) {
        int run = Integer.parseInt(row.get(0));
        int point = plan.pointOf(run);
        if (!row.get(1).equals(Integer.toString(point)) || !row.get(2).equals(Integer.toString(plan.replicationOf(run)))) {
            return "run " + run + " should be replication " + plan.replicationOf(run) + " of design point " + point
                    + " but the row says point " + row.get(1) + ", replication " + row.get(2);
        }
        if (!row.get(3).equals(Long.toString(plan.seedOf(run)))) {
            return "run " + run + " should have seed " + plan.seedOf(run) + " but the row says " + row.get(3)
                    + " (a different base seed or design)";
        }
        List<String> values = plan.values(point);
        for (int i = 0; i < values.size(); i++) {
            if (!row.get(RunsCsv.LEAD.size() + i).equals(values.get(i))) {
                return "run " + run + " should have " + plan.parameters().get(i).path() + " = " + values.get(i) + " but the row says "
                        + row.get(RunsCsv.LEAD.size() + i);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ directories

    /**
     * Locks the folder and checks it is ours. {@code --resume} of a folder whose start was killed
     * before it wrote its manifest starts the sweep there from the beginning: nothing was done yet.
     */
    private static OutputFolder openFolder(Sweep sweep, Options o) throws OutputException {
        String kind = sweep.isReplications() ? "replications" : "sweep";
        if (o.resume()) {
            if (o.out() == null) {
                throw new OutputException("--resume needs --out DIR: the directory of the sweep to finish");
            }
            if (!Files.isDirectory(o.out())) {
                throw new OutputException(o.out() + " does not exist; there is no sweep there to resume");
            }
            return OutputFolder.open(o.out(), o.runsRoot(), sweep.spec().name(), kind, OutputFolder.Mode.RESUME);
        }
        try {
            return OutputFolder.open(o.out(), o.runsRoot(), sweep.spec().name(), kind, o.force() ? OutputFolder.Mode.FORCE : OutputFolder.Mode.NEW);
        } catch (OutputFolder.NotEmpty e) {
            if (e.contents().present().contains(Manifest.FILE)) {
                throw new OutputException(o.out() + " holds " + describeExisting(o.out())
                        + "; use --resume to finish it, --force to start it over, or choose another --out");
            }
            throw e;
        }
    }

    private static String describeExisting(Path out) {
        try {
            Manifest m = Manifest.read(out);
            return Manifest.COMPLETE.equals(m.status()) ? "a finished sweep (" + m.runs() + (m.runs() == 1 ? " run)" : " runs)") : "an unfinished sweep ('" + m.name() + "')";
        } catch (ScenarioException e) {
            return "an earlier sweep whose manifest.json cannot be read (" + e.getMessage() + ")";
        }
    }

    private static Manifest checkResumable(Sweep sweep, Path out) throws OutputException {
        Manifest m;
        try {
            m = Manifest.read(out);
        } catch (ScenarioException e) {
            throw new OutputException(out + " is not a sweep directory that can be resumed: " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        if (sweep.isReplications() || !"sweep".equals(m.kind())) {
            differences.add("only sweeps started by 'ceasefire sweep' can be resumed");
        }
        if (!Objects.equals(m.sweepSha256(), sweep.sweepHash())) {
            differences.add("the sweep file has changed since the sweep started (SHA-256 " + shortHash(m.sweepSha256()) + " then, "
                    + shortHash(sweep.sweepHash()) + " now)");
        }
        if (!Objects.equals(m.scenarioSha256(), sweep.scenarioHash())) {
            differences.add("the base scenario " + sweep.spec().scenarioFile() + " has changed since the sweep started (SHA-256 "
                    + shortHash(m.scenarioSha256()) + " then, " + shortHash(sweep.scenarioHash()) + " now)");
        }
        if (m.replications() != sweep.spec().replications()) {
            differences.add("it was started with " + m.replications() + " replications, not " + sweep.spec().replications()
                    + " (give --replications " + m.replications() + " or leave it out)");
        }
        if (!m.design().equals(sweep.spec().design().yamlName())) {
            differences.add("it was started as a " + m.design() + " design, and the sweep file now says " + sweep.spec().design().yamlName());
        } else if (m.samples() != sweep.spec().samples()) {
            differences.add("it was started with " + m.samples() + " samples, not " + sweep.spec().samples() + " (give --samples "
                    + m.samples() + " or leave it out)");
        }
        if (!Objects.equals(m.seeds(), sweep.plan().seedRule())) {
            differences.add("it was started with " + (sweep.plan().commonSeeds() ? "a seed of its own for every run" : "common seeds")
                    + ", and this sweep asks for " + (sweep.plan().commonSeeds() ? "common seeds" : "a seed of its own for every run"));
        }
        if (m.runs() != sweep.plan().runs() || m.baseSeed() != sweep.spec().seed() || !m.metrics().equals(sweep.spec().metrics())
                || !m.parameters().equals(sweep.spec().parameterPaths())) {
            differences.add("its runs, base seed, metrics or parameters differ from this sweep's");
        }
        if (!differences.isEmpty()) {
            throw new OutputException("cannot resume the sweep in " + out + ": " + String.join("; ", differences));
        }
        return m;
    }

    static String shortHash(String h) {
        return h == null ? "none" : h.substring(0, Math.min(12, h.length()));
    }

    /** Copies the sweep file and the scenario into {@code dir} (a shard's directory too). */
    static void copyInputs(Sweep sweep, Path dir) throws IOException {
        copyInputs(sweep, dir, false);
    }

    private static void copyInputs(Sweep sweep, Path dir, boolean onlyMissing) throws IOException {
        if (sweep.spec().file() != null && !(onlyMissing && Files.exists(dir.resolve("sweep.yaml")))) {
            AtomicFiles.writeBytes(dir.resolve("sweep.yaml"), out -> Files.copy(sweep.spec().file(), out));
        }
        if (!(onlyMissing && Files.exists(dir.resolve("scenario.yaml")))) {
            AtomicFiles.writeBytes(dir.resolve("scenario.yaml"), out -> Files.copy(sweep.spec().scenarioFile(), out));
        }
    }

    /** failures.log: the full stack trace of every failed run, appended as they fail. */
    static final class FailureFile implements SweepRunner.FailureLog, AutoCloseable {
        private final Path file;
        private BufferedWriter out;

        FailureFile(Path file) {
            this.file = file;
        }

        @Override
        public void failed(int run, long seed, String point, Throwable error) throws IOException {
            if (out == null) {
                OutputFolder.willWrite(file);
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            out.write("run " + run + ", seed " + seed + (point.isEmpty() ? "" : ", design point " + point) + ":\n");
            out.write(SweepRunner.stackTrace(error));
            out.write("\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
