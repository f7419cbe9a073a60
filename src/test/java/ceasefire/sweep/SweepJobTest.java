package ceasefire.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.ConflictModel;
import ceasefire.model.RunSummary;
import ceasefire.output.Num;
import ceasefire.output.OutputException;
import ceasefire.scenario.Scenario;
import ceasefire.sweep.design.Seeds;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep in its directory: rows and seeds, independence from the thread count, resuming after an
 * interruption, failed runs, and never writing over a user's files.
 */
class SweepJobTest {

    @TempDir
    Path tmp;

    private static final SweepJob.Listener QUIET = new SweepJob.Listener() {
        @Override
        public void starting(Path dir, int runs, int alreadyDone, long droppedBytes) {
        }

        @Override
        public void finished(int run, boolean ok, int doneThisSession, int failedThisSession) {
        }

        @Override
        public void finishing() {
        }
    };

    /** A listener that hears nothing. */
    static SweepJob.Listener quiet() {
        return QUIET;
    }

    static SweepJob.Result run(Sweep sweep, Path out, int threads, boolean resume, RunFunction f) throws Exception {
        return SweepJob.run(sweep, new SweepJob.Options(out, out.getParent(), resume, false, threads, false, f), QUIET);
    }

    static SweepJob.Result run(Sweep sweep, Path out, int threads) throws Exception {
        return run(sweep, out, threads, false, RunFunction.MODEL);
    }

    @Test
    void oneRowPerRunWithItsSeedAndTheMetricsOfThatVeryRun() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("grid");
        SweepJob.Result r = run(sweep, out, 2);
        assertEquals(0, r.failed());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("run,point,replication,seed,peacekeepers.troops,mediator.attention,rules.no_fire_across_line.enabled,"
                + "incidents,collapsed,collapse_day,peak_escalation,status,error", lines.get(0));
        assertEquals(1 + 24, lines.size(), "a header and exactly one row per run");
        Set<String> seeds = new HashSet<>();
        for (int run = 0; run < 24; run++) {
            String[] f = lines.get(run + 1).split(",", -1);
            assertEquals(Integer.toString(run), f[0], "rows in run order");
            assertEquals(Integer.toString(run / 3), f[1]);
            assertEquals(Integer.toString(run % 3), f[2]);
            assertEquals(Long.toString(new Seeds(7).seed(run)), f[3]);
            assertTrue(seeds.add(f[3]), "seed " + f[3] + " used twice");
            assertEquals("ok", f[11]);
        }
        // Run by run reproducible: a row's metrics are those of the model run with its point and seed.
        for (int run : new int[] {0, 13, 23}) {
            int point = sweep.plan().pointOf(run);
            Scenario s = sweep.document().bind(sweep.plan().overrides(point));
            RunSummary direct = new ConflictModel(s, sweep.plan().seedOf(run)).run();
            String[] f = lines.get(run + 1).split(",", -1);
            assertEquals(Num.fmt(direct.incidents(), 10), f[7]);
            assertEquals(Num.fmt(direct.peakEscalation(), 10), f[10]);
            assertEquals(sweep.plan().values(point), List.of(f[4], f[5], f[6]));
        }
        Manifest m = Manifest.read(out);
        assertEquals(Manifest.COMPLETE, m.status());
        assertEquals(24, m.runsOk());
        assertEquals(sweep.sweepHash(), m.sweepSha256());
        assertEquals(64, m.sweepSha256().length());
        assertEquals(7, m.baseSeed());
        assertEquals(1, m.sessions().size());
        assertTrue(Files.exists(out.resolve("sweep.yaml")) && Files.exists(out.resolve("scenario.yaml")), "inputs copied for provenance");
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
        Sweep sweep = SweepTestFiles.load("lhs.yaml");
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run(sweep, one, 1);
        run(sweep, two, 2);
        for (String f : List.of("runs.csv", "summary.csv", "sensitivity.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f + " differs between 1 and 2 threads");
        }
    }

    @Test
    void summaryRowsAreTheStatisticsOfTheirRuns() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("stats");
        run(sweep, out, 2);
        RunResults results = RunResults.read(out.resolve("runs.csv"), sweep.spec().parameterPaths(), sweep.spec().metrics());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("point,peacekeepers.troops,mediator.attention,rules.no_fire_across_line.enabled,metric,n,undefined,failed,mean,sd,"
                + "ci_low,ci_high,ci_method,median,q1,q3,min,max", summary.get(0));
        assertEquals(1 + 8 * 4, summary.size(), "one row per design point and metric");
        String[] incidents = summary.get(1 + 5 * 4).split(",", -1);
        assertEquals("5", incidents[0]);
        assertEquals("incidents", incidents[4]);
        Stats.Summary s = Stats.describe(results.values("incidents", 5));
        assertEquals(Num.fmt(s.mean()), incidents[8]);
        assertEquals(Num.fmt(s.ciLow()), incidents[10]);
        assertEquals("t", incidents[12]);
        String[] collapsed = summary.get(1 + 5 * 4 + 1).split(",", -1);
        assertEquals("collapsed", collapsed[4]);
        assertEquals("wilson", collapsed[12]);
        double[] yes = results.values("collapsed", 5);
        int k = (int) java.util.Arrays.stream(yes).sum();
        assertEquals(Num.fmt(Stats.wilson(k, yes.length)[1]), collapsed[11]);
        String[] day = summary.get(1 + 5 * 4 + 2).split(",", -1);
        assertEquals("collapse_day", day[4]);
        assertEquals(3, Integer.parseInt(day[5]) + Integer.parseInt(day[6]), "each run either has a collapse day or is counted undefined");
    }

    /** Turns a finished sweep directory into what a kill -9 after {@code keep} runs could leave. */
    private static void interrupt(Sweep sweep, Path dir, int keep, boolean partialLine, long shuffleSeed) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        // Rows arrive in completion order, not run order.
        Collections.shuffle(rows, new Random(shuffleSeed));
        StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < keep; i++) {
            text.append(rows.get(i)).append('\n');
        }
        if (partialLine) {
            String cut = rows.get(keep);
            text.append(cut, 0, cut.length() / 2);
        }
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                // A kill leaves the folder's record of what was written (written before anything else).
                if (!Files.isDirectory(p) && !p.getFileName().toString().equals(ceasefire.output.OutputFolder.RECORD)) {
                    Files.delete(p);
                }
            }
        }
        Files.writeString(dir.resolve("runs.csv"), text, StandardCharsets.UTF_8);
        // As a sweep writes it when it starts: running, with a session that has not ended.
        Manifest.starting(sweep).with(Manifest.RUNNING, 0, 0, List.of(new Manifest.Session("2026-01-01T00:00:00Z", "", 2, 0, 0, 0, 0)),
                List.of()).write(dir);
    }

    @Test
    void resumingAfterAKillMidLineGivesTheSameFilesAsAnUninterruptedSweep() throws Exception {
        Sweep sweep = SweepTestFiles.load("two-by-three.yaml");
        Path whole = tmp.resolve("whole");
        run(sweep, whole, 2);
        Path killed = tmp.resolve("killed");
        run(sweep, killed, 2);
        interrupt(sweep, killed, 9, true, 1);
        List<Long> dropped = new ArrayList<>();
        SweepJob.Result r = SweepJob.run(sweep, new SweepJob.Options(killed, tmp, true, false, 1, false, RunFunction.MODEL),
                new SweepJob.Listener() {
                    @Override
                    public void starting(Path dir, int runs, int alreadyDone, long droppedBytes) {
                        dropped.add(droppedBytes);
                        assertEquals(9, alreadyDone);
                    }

                    @Override
                    public void finished(int run, boolean ok, int doneThisSession, int failedThisSession) {
                    }

                    @Override
                    public void finishing() {
                    }
                });
        assertEquals(24 - 9, r.outcome().ran(), "only the missing runs run again");
        assertTrue(dropped.get(0) > 0, "the partial line was noticed");
        for (String f : List.of("runs.csv", "summary.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        List<Manifest.Session> sessions = Manifest.read(killed).sessions();
        assertEquals(2, sessions.size(), "the manifest keeps both sessions");
        assertEquals("interrupted", sessions.get(0).finished());
        assertEquals(9, sessions.get(0).runs(), "the killed session did what runs.csv held");
        assertEquals(15, sessions.get(1).runs());
    }

    @Test
    void resumingAFinishedSweepRunsNothingAndChangesNothing() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("done");
        run(sweep, out, 2);
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        SweepJob.Result again = run(sweep, out, 2, true, RunFunction.MODEL);
        assertEquals(0, again.outcome().ran());
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.csv")));
    }

    @Test
    void aFailingRunIsRecordedAndTheSweepGoesOn() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("failing");
        long badSeed = sweep.plan().seedOf(4);
        RunFunction failing = (scenario, seed) -> {
            if (seed == badSeed) {
                throw new IllegalStateException("a unit walked off the map\nsecond line");
            }
            return RunFunction.MODEL.run(scenario, seed);
        };
        SweepJob.Result r = run(sweep, out, 2, false, failing);
        assertEquals(1, r.failed());
        assertEquals(24, r.outcome().ran());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(25, lines.size(), "the failure's message is kept on one line");
        String row = lines.get(5);
        assertTrue(row.startsWith("4,1,1," + badSeed + ",100,0.3,false,,,,,failed,"), row);
        assertTrue(row.contains("IllegalStateException: a unit walked off the map | second line (at "), row);
        String log = Files.readString(out.resolve("failures.log"));
        assertTrue(log.startsWith("run 4, seed " + badSeed + ", design point"), log);
        assertTrue(log.contains("\tat ceasefire.sweep.SweepJobTest"), "the full stack trace is kept");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        String[] incidents = summary.get(1 + 4).split(",", -1);
        assertEquals("1", incidents[0]);
        assertEquals("2", incidents[5], "n counts the two runs that finished");
        assertEquals("1", incidents[7], "and the failed one is counted apart");
        assertEquals(1, Manifest.read(out).runsFailed());
    }

    @Test
    void aUsersDirectoryIsNeverWrittenInto() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "precious");
        OutputException e = assertThrows(OutputException.class, () -> run(sweep, mine, 1));
        assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
        OutputException forced = assertThrows(OutputException.class,
                () -> SweepJob.run(sweep, new SweepJob.Options(mine, tmp, false, true, 1, false, RunFunction.MODEL), QUIET));
        assertTrue(forced.getMessage().contains("holds no earlier result"), forced.getMessage());
        assertEquals("precious", Files.readString(mine.resolve("notes.txt")));
        assertEquals(1, Files.list(mine).count());
    }

    @Test
    void anEarlierSweepIsReplacedOnlyWithForceAndAnUnfinishedOneNeedsResume() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("earlier");
        run(sweep, out, 2);
        OutputException again = assertThrows(OutputException.class, () -> run(sweep, out, 1));
        assertTrue(again.getMessage().contains("holds a finished sweep (24 runs); use --resume to finish it, --force to start it over"),
                again.getMessage());
        // A file the user put there stops even --force, which names it and touches nothing (issue 11).
        Files.writeString(out.resolve("notes.txt"), "mine");
        byte[] runs = Files.readAllBytes(out.resolve("runs.csv"));
        OutputException refused = assertThrows(OutputException.class,
                () -> SweepJob.run(sweep, new SweepJob.Options(out, tmp, false, true, 2, false, RunFunction.MODEL), QUIET));
        assertTrue(refused.getMessage().contains("holds, beside an earlier result, notes.txt, which this program did not write"),
                refused.getMessage());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertArrayEquals(runs, Files.readAllBytes(out.resolve("runs.csv")), "nothing was deleted");
        Files.move(out.resolve("notes.txt"), tmp.resolve("notes.txt"));
        SweepJob.Result forced = SweepJob.run(sweep, new SweepJob.Options(out, tmp, false, true, 2, false, RunFunction.MODEL), QUIET);
        assertEquals(24, forced.outcome().ran());
        interrupt(sweep, out, 3, false, 2);
        OutputException unfinished = assertThrows(OutputException.class, () -> run(sweep, out, 1));
        assertTrue(unfinished.getMessage().contains("holds an unfinished sweep"), unfinished.getMessage());
    }

    @Test
    void resumeRefusesAnotherSweepOrADamagedFile() throws Exception {
        Sweep grid = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("refuse");
        run(grid, out, 2);
        interrupt(grid, out, 5, false, 3);
        Sweep moreReps = SweepTestFiles.load("grid.yaml", 4, null);
        OutputException reps = assertThrows(OutputException.class, () -> run(moreReps, out, 1, true, RunFunction.MODEL));
        assertTrue(reps.getMessage().contains("it was started with 3 replications, not 4"), reps.getMessage());
        Sweep other = SweepTestFiles.load("lhs.yaml");
        OutputException changed = assertThrows(OutputException.class, () -> run(other, out, 1, true, RunFunction.MODEL));
        assertTrue(changed.getMessage().contains("the sweep file has changed since the sweep started"), changed.getMessage());

        List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("runs.csv")));
        lines.set(2, lines.get(2).replaceFirst(",ok,", ",maybe,"));
        Files.write(out.resolve("runs.csv"), lines);
        byte[] before = Files.readAllBytes(out.resolve("runs.csv"));
        OutputException damaged = assertThrows(OutputException.class, () -> run(grid, out, 1, true, RunFunction.MODEL));
        assertTrue(damaged.getMessage().contains("runs.csv:3: status 'maybe' is neither ok nor failed"), damaged.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.csv")), "a damaged file is left for the user to look at");
        assertFalse(damaged.getMessage().isEmpty());
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfRuns() throws Exception {
        // 60,000 runs of a stand-in model. Heap in use (after a full GC) is measured after 6,000
        // and after 57,000 runs: anything the runner kept per run (a row, a result, a summary)
        // would be 51,000 times that, which a 3 MB allowance cannot hide beyond ~60 bytes a run.
        Sweep sweep = SweepTestFiles.load("defaults.yaml", 30_000, null);
        RunSummary canned = new ConflictModel(sweep.base()).run();
        RunFunction instant = (scenario, seed) -> canned;
        Runtime rt = Runtime.getRuntime();
        long[] heap = new long[2];
        SweepJob.Result r = SweepJob.run(sweep, new SweepJob.Options(tmp.resolve("many"), tmp, false, false, 2, false, instant),
                new SweepJob.Listener() {
                    @Override
                    public void starting(Path dir, int runs, int alreadyDone, long droppedBytes) {
                    }

                    @Override
                    public void finished(int run, boolean ok, int doneThisSession, int failedThisSession) {
                        if (doneThisSession == 6_000 || doneThisSession == 57_000) {
                            System.gc();
                            heap[doneThisSession == 6_000 ? 0 : 1] = rt.totalMemory() - rt.freeMemory();
                        }
                    }

                    @Override
                    public void finishing() {
                    }
                });
        assertEquals(60_000, r.outcome().ran());
        assertEquals(60_000, Files.readAllLines(tmp.resolve("many/runs.csv")).size() - 1);
        long grew = heap[1] - heap[0];
        assertTrue(grew < 3L << 20, "heap grew by " + (grew >> 10) + " KB over 51,000 runs");
    }
}
