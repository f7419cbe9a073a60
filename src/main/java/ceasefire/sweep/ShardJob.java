package ceasefire.sweep;

import ceasefire.output.AtomicFiles;
import ceasefire.output.Json;
import ceasefire.output.OutputException;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlText;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.running.KeptRuns;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.running.Shard;
import ceasefire.sweep.running.SweepRunner;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One shard of a sweep split over several machines ({@code sweep FILE --out DIR --shard K/N}):
 * runs only the runs {@code i} with {@code i mod N == K}, into {@code DIR/shards/K-of-N/} (its own
 * runs.csv, days.bin and failures.log, appended and flushed as runs finish, and shard.json). Run
 * again, it continues where it stopped (after a kill, or a scheduler's requeue): nothing it
 * finished runs twice. The sweep's manifest.json in DIR is written by the first shard to start
 * (every shard would write the same) and checked by every shard: a shard of another sweep file,
 * scenario, program version or seed rule is refused. {@link SweepMerge} then writes the results.
 */
public final class ShardJob {

    public static final String SHARDS = "shards";
    public static final String STATE = "shard.json";

    /** What the shard did. */
    public record Result(Path dir, Path shardDir, Shard shard, SweepRunner.Outcome outcome, int runs, int previouslyDone, int failed) {
    }

    private ShardJob() {
    }

    public static Result run(Sweep sweep, Path dir, Shard shard, int threads, boolean keepRuns, RunFunction function,
                             SweepJob.Listener listener) throws OutputException, IOException, InterruptedException {
        prepare(sweep, dir);
        checkOtherShards(dir, shard);
        Path shardDir = Files.createDirectories(dir.resolve(SHARDS).resolve(shard.directoryName()));
        // One writer per shard: a second process given the same K/N (a requeued array task whose
        // first attempt still runs, say) is refused with the holder's pid, as for any output folder.
        try (ceasefire.output.FolderLock lock = ceasefire.output.FolderLock.acquire(shardDir, "sweep --shard " + shard)) {
            return runLocked(sweep, dir, shardDir, shard, threads, keepRuns, function, listener);
        }
    }

    private static Result runLocked(Sweep sweep, Path dir, Path shardDir, Shard shard, int threads, boolean keepRuns, RunFunction function,
                                    SweepJob.Listener listener) throws OutputException, IOException, InterruptedException {
        SweepPlan plan = sweep.plan();
        Path runsFile = shardDir.resolve(RunsCsv.FILE);
        List<String> header = RunsCsv.header(sweep.spec().parameterPaths(), sweep.spec().metrics());
        RunsCsv.Scan scan;
        try {
            scan = RunsCsv.recover(runsFile, header, plan.runs(), row -> ownProblem(plan, shard, row));
        } catch (RunsCsv.DamagedException e) {
            throw new OutputException(e.getMessage() + "; the shard's runs.csv was left as it is");
        }
        Path daysFile = shardDir.resolve(DailySeries.FILE);
        DailySeries.recover(daysFile, plan.runs());
        int repeated = DailySeries.repair(daysFile, runsFile, scan.done(), plan.runs());
        if (repeated > 0) {
            scan = new RunsCsv.Scan(scan.done(), scan.rows() - repeated, scan.failed(), scan.droppedBytes());
        }
        // Every run of the other shards counts as done here.
        BitSet done = (BitSet) scan.done().clone();
        for (int run = 0; run < plan.runs(); run++) {
            if (!shard.owns(run)) {
                done.set(run);
            }
        }
        int mine = shard.runsOf(plan.runs());
        List<Manifest.Session> sessions = new ArrayList<>(readSessions(shardDir));
        if (!sessions.isEmpty() && sessions.get(sessions.size() - 1).finished().isEmpty()) {
            Manifest.Session killed = sessions.remove(sessions.size() - 1);
            sessions.add(new Manifest.Session(killed.started(), "interrupted", killed.threads(), killed.runs(), killed.failed(),
                    killed.seconds(), killed.modelSeconds()));
        }
        List<Manifest.Session> earlier = List.copyOf(sessions);
        String started = SweepJob.now();
        sessions.add(new Manifest.Session(started, "", threads, 0, 0, 0, 0));
        writeState(shardDir, shard, Manifest.RUNNING, mine, scan.rows(), scan.failed(), sessions);
        listener.starting(shardDir, mine, scan.rows(), scan.droppedBytes());
        Path keep = keepRuns ? Files.createDirectories(dir.resolve(KeptRuns.DIR)) : null;
        SweepRunner.Outcome outcome;
        try (RunsCsv.Appender out = new RunsCsv.Appender(runsFile, header);
             DailySeries.Appender days = new DailySeries.Appender(daysFile);
             SweepJob.FailureFile failures = new SweepJob.FailureFile(shardDir.resolve("failures.log"))) {
            outcome = new SweepRunner(sweep, function, threads, keep).run(done, out, days, failures, listener::finished);
        }
        listener.finishing();
        RunsCsv.sort(runsFile, plan.runs());
        sessions = new ArrayList<>(earlier);
        sessions.add(new Manifest.Session(started, SweepJob.now(), threads, outcome.ran(), outcome.failed(), outcome.wallNanos() / 1e9,
                outcome.modelNanos() / 1e9));
        int failed;
        try {
            failed = RunsCsv.read(runsFile, header, plan.runs(), row -> null).failed();
        } catch (RunsCsv.DamagedException e) {
            throw new IllegalStateException("the shard's own runs.csv became unreadable: " + e.getMessage(), e);
        }
        writeState(shardDir, shard, Manifest.COMPLETE, mine, scan.rows() + outcome.ran(), failed, sessions);
        return new Result(dir, shardDir, shard, outcome, mine, scan.rows(), failed);
    }

    /**
     * Makes DIR a sharded sweep's directory (manifest.json and copies of the inputs) unless it is
     * one already, and checks it is this sweep's. Shards starting together may both write the
     * manifest; they write the same content, atomically, so either wins.
     */
    public static void prepare(Sweep sweep, Path dir) throws OutputException, IOException {
        if (sweep.isReplications()) {
            throw new OutputException("run --replications cannot be sharded; write a sweep file (docs/SWEEPS.md)");
        }
        if (Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            check(sweep, dir);
            return;
        }
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path e : entries) {
                    String name = e.getFileName().toString();
                    if (!name.equals(SHARDS) && !name.equals("sweep.yaml") && !name.equals("scenario.yaml") && !name.startsWith(".")
                            && !name.equals("slurm") && !name.equals("kubernetes") && !name.equals(KeptRuns.DIR)) {
                        throw new OutputException(dir + " holds other files (" + name + ") and no manifest.json; a sharded sweep "
                                + "needs a new or empty directory, or one an earlier shard of the same sweep started");
                    }
                }
            }
        } else if (Files.exists(dir)) {
            throw new OutputException(dir + " is a file, not a directory");
        }
        Files.createDirectories(dir);
        SweepJob.copyInputs(sweep, dir);
        Manifest.starting(sweep).write(dir);
        check(sweep, dir);
    }

    /** Refuses a directory whose manifest is another sweep's (or another program version's). */
    static Manifest check(Sweep sweep, Path dir) throws OutputException {
        Manifest m;
        try {
            m = Manifest.read(dir);
        } catch (ScenarioException e) {
            throw new OutputException(dir + "/manifest.json cannot be read: " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        if (!"sweep".equals(m.kind())) {
            differences.add("it holds " + m.kind() + ", not a sweep");
        }
        if (!Objects.equals(m.sweepSha256(), sweep.sweepHash())) {
            differences.add("the sweep file differs from the one the sweep was started with (SHA-256 " + SweepJob.shortHash(m.sweepSha256())
                    + " there, " + SweepJob.shortHash(sweep.sweepHash()) + " here)");
        }
        if (!Objects.equals(m.scenarioSha256(), sweep.scenarioHash())) {
            differences.add("the base scenario " + sweep.spec().scenarioFile() + " differs from the one the sweep was started with (SHA-256 "
                    + SweepJob.shortHash(m.scenarioSha256()) + " there, " + SweepJob.shortHash(sweep.scenarioHash()) + " here)");
        }
        if (!Objects.equals(m.version(), ceasefire.Version.get())) {
            differences.add("it was started by ceasefire " + m.version() + " and this is " + ceasefire.Version.get()
                    + " (the model may differ: every shard must run the same version)");
        }
        if (m.replications() != sweep.spec().replications() || m.samples() != sweep.spec().samples()) {
            differences.add("it has " + m.replications() + " replications and " + m.samples() + " samples, this sweep "
                    + sweep.spec().replications() + " and " + sweep.spec().samples() + " (give the same --replications and --samples)");
        }
        if (!Objects.equals(m.seeds(), sweep.plan().seedRule())) {
            differences.add("its seed rule differs (common seeds in one and not the other)");
        }
        if (m.runs() != sweep.plan().runs() || m.baseSeed() != sweep.spec().seed() || !m.metrics().equals(sweep.spec().metrics())
                || !m.parameters().equals(sweep.spec().parameterPaths())) {
            differences.add("its runs, base seed, metrics or parameters differ from this sweep's");
        }
        if (!differences.isEmpty()) {
            throw new OutputException(dir + " is not a shard directory of this sweep: " + String.join("; ", differences));
        }
        return m;
    }

    /** The shard directories under DIR/shards, by index; all must split the sweep the same way. */
    static List<Path> shardDirectories(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        Path shards = dir.resolve(SHARDS);
        if (!Files.isDirectory(shards)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shards)) {
            for (Path e : entries) {
                if (Files.isDirectory(e) && Shard.ofDirectory(e.getFileName().toString()) != null) {
                    found.add(e);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(Shard.ofDirectory(a.getFileName().toString()).index(),
                Shard.ofDirectory(b.getFileName().toString()).index()));
        return found;
    }

    private static void checkOtherShards(Path dir, Shard shard) throws OutputException, IOException {
        for (Path other : shardDirectories(dir)) {
            Shard s = Shard.ofDirectory(other.getFileName().toString());
            if (s.count() != shard.count()) {
                throw new OutputException(dir + " is already split into " + s.count() + " shards (" + other + "), not " + shard.count()
                        + "; give --shard K/" + s.count() + " (shards of different splits would overlap)");
            }
        }
    }

    private static String ownProblem(SweepPlan plan, Shard shard, org.apache.commons.csv.CSVRecord row) {
        int run = Integer.parseInt(row.get(0));
        if (!shard.owns(run)) {
            return "run " + run + " belongs to shard " + (run % shard.count()) + " of " + shard.count() + ", not " + shard.index();
        }
        return SweepJob.rowProblem(plan, row);
    }

    static void writeState(Path shardDir, Shard shard, String status, int runs, int done, int failed, List<Manifest.Session> sessions)
            throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shard", shard.index());
        m.put("of", shard.count());
        m.put("status", status);
        m.put("runs", runs);
        m.put("done", done);
        m.put("failed", failed);
        List<Object> list = new ArrayList<>();
        for (Manifest.Session s : sessions) {
            list.add(s.toJson());
        }
        m.put("sessions", list);
        AtomicFiles.writeString(shardDir.resolve(STATE), Json.write(m));
    }

    /** The sessions a shard.json records (none when there is no readable one). */
    static List<Manifest.Session> readSessions(Path shardDir) {
        Path file = shardDir.resolve(STATE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            TreeReader r = new TreeReader(file.toString(), ceasefire.scenario.Overrides.none());
            Section top = r.root(YamlText.parseFile(file, file.toString()));
            List<Manifest.Session> out = new ArrayList<>();
            for (Section s : top.sections("sessions")) {
                out.add(Manifest.Session.read(s));
            }
            return r.hasProblems() ? List.of() : out;
        } catch (ScenarioException e) {
            // shard.json is bookkeeping only; a damaged one loses the timing history, never a run.
            return List.of();
        }
    }
}
