package ceasefire.sweep;

import ceasefire.output.AtomicFiles;
import ceasefire.output.OutputException;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.running.Shard;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code sweep merge DIR}: checks every shard in DIR/shards against the sweep's manifest and that
 * every run appears exactly once, then writes runs.csv, days.bin, summary.csv, sensitivity.csv,
 * trajectories.csv, the charts and manifest.json, byte for byte what the same sweep run on one
 * machine writes (runs.csv's rows are the runner's own lines, put in run order; everything else is
 * computed from runs.csv and days.bin alone). Shard files are only read, never changed, so a merge
 * may be tried while shards still run, and repeated.
 */
public final class SweepMerge {

    /** Missing runs: the merge cannot be done yet. */
    public static final class Incomplete extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Missing> missing;
        private final int count;

        Incomplete(String message, List<Missing> missing, int count) {
            super(message);
            this.missing = List.copyOf(missing);
            this.count = count;
        }

        /** Shards with runs missing, in shard order. */
        public List<Missing> missing() {
            return missing;
        }

        /** Runs missing in all. */
        public int count() {
            return count;
        }
    }

    /**
     * A shard's missing runs.
     *
     * @param runs the first few missing run indices (at most {@link #SHOWN})
     */
    public record Missing(Shard shard, int count, List<Integer> runs, boolean started) {
        public static final int SHOWN = 10;
    }

    /** What the merge wrote. */
    public record Result(Path dir, int shards, int failed, Manifest manifest, List<SummaryTable.Row> summary,
                         List<Sensitivity.Index> sensitivity) {
    }

    private SweepMerge() {
    }

    public static Result merge(Sweep sweep, Path dir, boolean charts, int threads)
            throws OutputException, Incomplete, IOException, InterruptedException {
        return merge(sweep, dir, charts, ceasefire.output.FigureSpec.DEFAULT, false, threads);
    }

    /** The same, with the charts in the given formats and size, and report.html if {@code report}. */
    public static Result merge(Sweep sweep, Path dir, boolean charts, ceasefire.output.FigureSpec figures, boolean report, int threads)
            throws OutputException, Incomplete, IOException, InterruptedException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new OutputException(dir + " is not a directory; give the --out of the sharded sweep");
        }
        // One merge at a time (a scheduler's merge job and a hand-run merge, say).
        try (ceasefire.output.FolderLock lock = ceasefire.output.FolderLock.acquire(dir, "sweep merge")) {
            return mergeLocked(sweep, dir, charts, figures, report, threads);
        }
    }

    private static Result mergeLocked(Sweep sweep, Path dir, boolean charts, ceasefire.output.FigureSpec figures, boolean report, int threads)
            throws OutputException, Incomplete, IOException, InterruptedException {
        Manifest manifest = ShardJob.check(sweep, dir);
        SweepPlan plan = sweep.plan();
        List<Path> found = ShardJob.shardDirectories(dir);
        if (found.isEmpty()) {
            throw new OutputException(dir + " has no shards (no " + ShardJob.SHARDS + "/K-of-N directories); run the shards first: "
                    + "ceasefire sweep FILE --out " + dir + " --shard K/N");
        }
        int n = Shard.ofDirectory(found.get(0).getFileName().toString()).count();
        for (Path p : found) {
            Shard s = Shard.ofDirectory(p.getFileName().toString());
            if (s.count() != n) {
                throw new OutputException(dir + " holds shards of two splits (" + found.get(0).getFileName() + " and " + p.getFileName()
                        + "); the runs would overlap. Keep one split's shard directories and run its missing shards");
            }
        }
        Path[] byIndex = new Path[n];
        for (Path p : found) {
            byIndex[Shard.ofDirectory(p.getFileName().toString()).index()] = p;
        }
        List<String> header = RunsCsv.header(sweep.spec().parameterPaths(), sweep.spec().metrics());
        BitSet seen = new BitSet(plan.runs());
        List<Missing> missing = new ArrayList<>();
        int missingCount = 0;
        for (int k = 0; k < n; k++) {
            Shard shard = new Shard(k, n);
            int index = k;
            BitSet done = new BitSet();
            if (byIndex[k] != null) {
                try {
                    done = RunsCsv.read(byIndex[k].resolve(RunsCsv.FILE), header, plan.runs(), row -> {
                        int run = Integer.parseInt(row.get(0));
                        if (!shard.owns(run)) {
                            return "run " + run + " belongs to shard " + run % n + ", not " + index;
                        }
                        if (seen.get(run)) {
                            return "run " + run + " appears in two shards";
                        }
                        return SweepJob.rowProblem(plan, row);
                    }).done();
                } catch (RunsCsv.DamagedException e) {
                    throw new OutputException(e.getMessage());
                }
            }
            seen.or(done);
            List<Integer> absent = new ArrayList<>();
            int count = 0;
            for (int run = k; run < plan.runs(); run += n) {
                if (!done.get(run)) {
                    count++;
                    if (absent.size() < Missing.SHOWN) {
                        absent.add(run);
                    }
                }
            }
            if (count > 0) {
                missing.add(new Missing(shard, count, absent, byIndex[k] != null));
                missingCount += count;
            }
        }
        if (!missing.isEmpty()) {
            throw new Incomplete(missingCount + " of " + plan.runs() + " runs are missing, in " + missing.size() + " of " + n + " shards",
                    missing, missingCount);
        }

        List<Path> runsFiles = new ArrayList<>();
        List<Path> daysFiles = new ArrayList<>();
        List<Manifest.Session> sessions = new ArrayList<>();
        StringBuilder failures = new StringBuilder();
        for (Path p : byIndex) {
            runsFiles.add(p.resolve(RunsCsv.FILE));
            daysFiles.add(p.resolve(DailySeries.FILE));
            sessions.addAll(ShardJob.readSessions(p));
            Path log = p.resolve("failures.log");
            if (Files.isRegularFile(log)) {
                failures.append(Files.readString(log));
            }
        }
        RunsCsv.merge(runsFiles, dir.resolve(RunsCsv.FILE), plan.runs());
        DailySeries.writeInRunOrder(daysFiles, dir.resolve(DailySeries.FILE), plan.runs());
        Files.deleteIfExists(dir.resolve("failures.log"));
        if (failures.length() > 0) {
            AtomicFiles.writeString(dir.resolve("failures.log"), failures.toString());
        }
        SweepFinish.Done done = SweepFinish.write(sweep, dir, charts, figures, report, threads, sessions);
        List<String> files = new ArrayList<>(done.files());
        files.add(Manifest.FILE);
        RunResults results = done.results();
        manifest = manifest.with(Manifest.COMPLETE, results.rows() - results.failed(), results.failed(), sessions, files);
        manifest.write(dir);
        return new Result(dir, n, results.failed(), manifest, done.summary(), done.sensitivity());
    }
}
