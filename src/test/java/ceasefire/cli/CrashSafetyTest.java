package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.output.FolderLock;
import ceasefire.output.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 11): {@code run} and {@code sweep} killed with SIGKILL at random moments,
 * from the first milliseconds of the process to its last file, then finished as a user would
 * ({@code run --force}, {@code sweep --resume}; sometimes that resume is killed too). Afterwards
 * the folder holds exactly the files of an uninterrupted run, byte for byte: nothing lost, nothing
 * duplicated, no temporary file, and every file it holds is on its record. A file of the user's
 * beside it is untouched.
 *
 * <p>{@code -Dcrash.kills=N} sets the number of kills (default 20, half of each command);
 * {@code -Dcrash.seed=S} replays a sequence. What each kill left is printed, so that a run shows
 * it hit every phase.</p>
 */
class CrashSafetyTest {

    private static final String TINY = TestFiles.tiny().toString();
    private static final String SWEEP = TestFiles.root().resolve("src/test/resources/sweeps/two-by-three.yaml").toString();

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomMomentsRunsAndSweepsFinishWithTheResultsOfAnUninterruptedOne() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "the user's own file, beside the output folders");

        Path refRun = tmp.resolve("ref-run");
        assertEquals(0, Cli.run(runArgs(refRun)).exit());
        Path refSweep = tmp.resolve("ref-sweep");
        assertEquals(0, Cli.run(sweepArgs(refSweep)).exit());
        long runMillis = spawnedMillis(tmp.resolve("timed-run"), runArgs(tmp.resolve("timed-run")));
        long sweepMillis = spawnedMillis(tmp.resolve("timed-sweep"), sweepArgs(tmp.resolve("timed-sweep")));

        Map<String, Integer> left = new TreeMap<>();
        for (int k = 0; k < kills; k++) {
            boolean sweep = k % 2 == 1;
            Path out = tmp.resolve((sweep ? "sweep-" : "run-") + k);
            long whole = sweep ? sweepMillis : runMillis;
            // A third of the kills in the first milliseconds after the folder appears (its record, lock, manifest, the
            // first files), the rest at any moment of the whole process.
            boolean early = k % 3 == 0;
            long delay = early ? random.nextInt(40) : (long) (random.nextDouble() * whole * 1.1);
            kill(out, sweep ? sweepArgs(out) : runArgs(out), early, delay, tmp.resolve("log-" + k));
            String state = state(out);
            left.merge((sweep ? "sweep: " : "run: ") + state, 1, Integer::sum);
            if (sweep && k % 4 == 3 && Files.isDirectory(out)) {
                // The resume is killed too, half-way.
                kill(out, withResume(sweepArgs(out)), false, (long) (random.nextDouble() * whole), tmp.resolve("log-" + k + "-resume"));
                left.merge("sweep: resume killed too", 1, Integer::sum);
            }
            Cli.Result done = sweep ? Cli.run(Files.isDirectory(out) ? withResume(sweepArgs(out)) : sweepArgs(out))
                    : Cli.run(Files.isDirectory(out) ? withForce(runArgs(out)) : runArgs(out));
            String what = (sweep ? "sweep" : "run") + " killed " + delay + " ms after " + (early ? "its folder appeared" : "it started")
                    + " (" + state + "), seed " + seed;
            assertEquals(0, done.exit(), what + ":\n" + done.err());
            assertSameResults(sweep ? refSweep : refRun, out, what);
        }
        assertEquals("the user's own file, beside the output folders", Files.readString(notes));
        System.out.println("CrashSafetyTest: " + kills + " kills (seed " + seed + "; run " + runMillis + " ms, sweep " + sweepMillis
                + " ms uninterrupted); the folder each kill left: " + left);
    }

    private static String[] runArgs(Path out) {
        return new String[] {"run", TINY, "--out", out.toString(), "--quiet"};
    }

    private static String[] sweepArgs(Path out) {
        return new String[] {"sweep", SWEEP, "--out", out.toString(), "--quiet", "--threads", "2"};
    }

    private static String[] withForce(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--force");
        return a.toArray(String[]::new);
    }

    private static String[] withResume(String[] args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.add("--resume");
        return a.toArray(String[]::new);
    }

    private static long spawnedMillis(Path logs, String[] args) throws Exception {
        long start = System.nanoTime();
        Cli.Result r = Spawn.run(logs.resolveSibling(logs.getFileName() + "-log"), 300, Spawn.command(List.of(), args));
        assertEquals(0, r.exit(), r.err());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Starts the command and kills it {@code delayMillis} after its start, or after {@code out} appears when {@code early}. */
    private static void kill(Path out, String[] args, boolean early, long delayMillis, Path logs) throws Exception {
        Process p = Spawn.start(logs, Spawn.command(List.of(), args));
        if (early) {
            while (p.isAlive() && !Files.exists(out)) {
                Thread.sleep(0, 200_000);
            }
        }
        if (!p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed process ended");
    }

    /** What a kill left in the folder. */
    private static String state(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return "no folder";
        }
        OutputFolder.Contents c = OutputFolder.inspect(out);
        if (!c.owned()) {
            return c.foreign().isEmpty() ? "empty" : "no record yet";
        }
        boolean complete = c.present().contains("summary.json") || (c.present().contains("manifest.json") && c.present().contains("summary.csv"));
        return complete ? "finished or finishing" : c.present().isEmpty() ? "record only" : "partial";
    }

    private static void assertSameResults(Path reference, Path out, String what) throws Exception {
        // manifest.json's sessions and times differ, and report.html shows them; the results are in the other files.
        OutputSafetyTest.assertSameFiles(OutputSafetyTest.files(reference), OutputSafetyTest.files(out), what, FolderLock.FILE,
                OutputFolder.RECORD, "manifest.json", ceasefire.output.Report.FILE);
        OutputFolder.Contents c = OutputFolder.inspect(out);
        assertTrue(c.foreign().isEmpty(), what + ": every file is on the record: " + c.foreign());
        assertEquals(new TreeSet<>(c.recorded()), new TreeSet<>(c.present()), what + ": the record lists exactly what is there");
    }
}
