package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.output.FolderLock;
import ceasefire.output.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders never cost the user a file (issue 11 items 1, 3, 4, 5, 8, 9). */
class OutputSafetyTest {

    private static final String TINY = TestFiles.tiny().toString();
    private static final String GRID = TestFiles.root().resolve("src/test/resources/sweeps/grid.yaml").toString();

    @TempDir
    Path tmp;

    /** Every file under {@code dir} with its bytes, by relative name. */
    static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertSameFiles(expected, actual, "");
    }

    /** The same files with the same bytes, but for {@code ignored} (which may differ, or be on one side only). */
    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what, String... ignored) {
        for (String name : ignored) {
            expected.remove(name);
            actual.remove(name);
        }
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same files, and no temporary one");
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), what + ": " + k));
    }

    private Path webApp() throws Exception {
        Path app = Files.createDirectories(tmp.resolve("my-pwa"));
        Files.writeString(app.resolve("manifest.json"), "{\"name\": \"My PWA\", \"start_url\": \"/\"}");
        Files.writeString(app.resolve("summary.csv"), "month,visits\n1,10\n");
        Files.writeString(app.resolve("scenario.yaml"), "my: notes\n");
        Files.createDirectories(app.resolve("charts"));
        Files.write(app.resolve("charts/logo.png"), new byte[] {1, 2, 3});
        return app;
    }

    @Test
    void forceNeverDeletesAFolderOfTheUsersThatMerelyHasOurFileNames() throws Exception {
        Path app = webApp();
        Map<String, byte[]> before = files(app);
        for (String[] args : List.of(new String[] {"sweep", GRID, "--out", app.toString(), "--force", "--quiet", "--no-charts"},
                new String[] {"run", TINY, "--replications", "2", "--out", app.toString(), "--force", "--quiet", "--no-charts"},
                new String[] {"run", TINY, "--out", app.toString(), "--force", "--quiet"},
                new String[] {"sweep", GRID, "--out", app.toString(), "--resume", "--quiet"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().contains("charts/logo.png, manifest.json, scenario.yaml and 1 more"), r.err());
            assertFalse(r.err().contains("unfinished sweep"), "a web app's manifest.json is not taken for ours: " + r.err());
            assertSameFiles(before, files(app));
        }
    }

    @Test
    void aRecordEditedToNameFilesOutsideTheFolderDeletesNothingThere() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet", "--no-charts").exit());
        Path outside = Files.writeString(tmp.resolve("thesis.tex"), "years of work");
        String record = Files.readString(out.resolve(OutputFolder.RECORD));
        Files.writeString(out.resolve(OutputFolder.RECORD), record.replace("\"timeseries.csv\"",
                "\"timeseries.csv\", \"../thesis.tex\", \"" + outside.toAbsolutePath() + "\", \"./../thesis.tex\""));
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--force", "--quiet", "--no-charts").exit());
        assertEquals("years of work", Files.readString(outside));
    }

    @Test
    void aForcedRerunLeavesNoFileOfTheEarlierRun() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet").exit());
        assertTrue(Files.exists(out.resolve("heatmap.png")));
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--force", "--seed", "2", "--no-charts", "--quiet").exit());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("run", TINY, "--out", fresh.toString(), "--seed", "2", "--no-charts", "--quiet").exit());
        assertSameFiles(files(fresh), files(out), "a forced rerun", OutputFolder.RECORD);
    }

    @Test
    void aSecondWriterIsRefusedNamingTheHolderAndTheFolderIsLeftAlone() throws Exception {
        Path out = tmp.resolve("busy");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet", "--no-charts").exit());
        Map<String, byte[]> before = files(out);
        try (FolderLock held = FolderLock.acquire(out, "sweep")) {
            for (String[] args : List.of(new String[] {"run", TINY, "--out", out.toString(), "--force", "--quiet"},
                    new String[] {"sweep", GRID, "--out", out.toString(), "--force", "--quiet"},
                    new String[] {"run", TINY, "--replications", "2", "--out", out.toString(), "--force", "--quiet"})) {
                Cli.Result r = Cli.run(args);
                assertEquals(2, r.exit(), r.err());
                assertTrue(r.err().contains("is in use by"), r.err());
                assertTrue(r.noStackTrace(), r.err());
            }
            assertSameFiles(before, files(out), "refused", FolderLock.FILE);
        }
    }

    @Test
    void calibrateIsRefusedWhileAnotherCommandWritesItsFolder() throws Exception {
        Path file = ceasefire.calibrate.Calibrations.file(tmp, 11, "cmaes", 3);
        Path out = Files.createDirectories(tmp.resolve("fit"));
        try (FolderLock held = FolderLock.acquire(out, "calibrate")) {
            Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--force");
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("is in use by"), r.err());
        }
        Cli.Result r = Cli.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.exit(), "the lock file left in the folder is not taken for a file of the user's: " + r.err());
        assertEquals("", Files.readString(out.resolve(FolderLock.FILE)), "released at the end");
    }

    @Test
    void aRunKilledBeforeItsSummaryIsClearedByForce() throws Exception {
        Path out = tmp.resolve("killed");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet").exit());
        // What a kill during the charts leaves: the record, some files, a temporary file, a stale lock; no summary.json.
        Files.delete(out.resolve("summary.json"));
        Files.delete(out.resolve("heatmap.png"));
        Files.writeString(out.resolve(".heatmap.png.1a2b3c.part"), "half a png");
        Cli.Result plain = Cli.run("run", TINY, "--out", out.toString(), "--quiet");
        assertEquals(2, plain.exit());
        assertTrue(plain.err().contains("is not empty; use --force"), plain.err());
        Files.writeString(out.resolve(FolderLock.FILE), "pid 999999999\ncommand run\n");
        Cli.Result forced = Cli.run("run", TINY, "--out", out.toString(), "--force", "--quiet");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(forced.err().contains("was locked by process 999999999"), forced.err());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, Cli.run("run", TINY, "--out", fresh.toString(), "--quiet").exit());
        Map<String, byte[]> expected = files(fresh);
        Map<String, byte[]> actual = files(out);
        assertEquals(expected.keySet(), actual.keySet(), "no .part file, no lock file left");
    }

    @Test
    void aStartKilledBeforeAnythingButTheRecordCountsAsEmpty() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("early"));
        Files.writeString(out.resolve("." + OutputFolder.RECORD + ".77.part"), "{\"form");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet", "--no-charts").exit());
        assertFalse(Files.exists(out.resolve("." + OutputFolder.RECORD + ".77.part")), "the cut-short record is removed (found by CrashSafetyTest)");
        Path sweep = Files.createDirectories(tmp.resolve("sweep-early"));
        // The record and the copies of the inputs, but no manifest: --resume starts the sweep there.
        Files.writeString(sweep.resolve(OutputFolder.RECORD), "{\"format\": \"ceasefire-output\", \"version\": 1, \"kind\": \"sweep\", "
                + "\"files\": [\"manifest.json\", \"sweep.yaml\"]}");
        Files.writeString(sweep.resolve(".sweep.yaml.99.part"), "half");
        Cli.Result resumed = Cli.run("sweep", GRID, "--out", sweep.toString(), "--resume", "--quiet", "--no-charts");
        assertEquals(0, resumed.exit(), resumed.err());
        assertFalse(Files.exists(sweep.resolve(".sweep.yaml.99.part")));
        Path whole = tmp.resolve("whole");
        assertEquals(0, Cli.run("sweep", GRID, "--out", whole.toString(), "--quiet", "--no-charts").exit());
        assertArrayEquals(Files.readAllBytes(whole.resolve("runs.csv")), Files.readAllBytes(sweep.resolve("runs.csv")));
    }

    @Test
    void aResumeMakesTheCopiesOfTheInputsThatAKillPrevented() throws Exception {
        Path out = tmp.resolve("copies");
        assertEquals(0, Cli.run("sweep", GRID, "--out", out.toString(), "--quiet", "--no-charts").exit());
        Map<String, byte[]> whole = files(out);
        Files.delete(out.resolve("sweep.yaml"));
        Files.delete(out.resolve("scenario.yaml"));
        Cli.Result r = Cli.run("sweep", GRID, "--out", out.toString(), "--resume", "--quiet", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertSameFiles(whole, files(out), "resumed", "manifest.json", ceasefire.output.Report.FILE);
    }

    @Test
    void aFullOrTooSmallDiskIsTheUsersEnvironmentNotAFault() throws Exception {
        // ulimit -f makes every write past 4 KiB fail as a full disk would (EFBIG; the JVM ignores SIGXFSZ), even for root.
        Path out = tmp.resolve("small-disk");
        List<String> java = Spawn.command(List.of(), "run", TINY, "--out", out.toString(), "--quiet");
        List<String> limited = new java.util.ArrayList<>(List.of("bash", "-c", "ulimit -f 4; exec \"$@\"", "bash"));
        limited.addAll(java);
        Cli.Result r = Spawn.run(tmp.resolve("log-run"), 120, limited);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("ceasefire run: cannot write to " + out) && r.err().contains("File too large"), r.err());
        assertTrue(r.noStackTrace(), r.err());

        Path sweepOut = tmp.resolve("small-disk-sweep");
        limited = new java.util.ArrayList<>(List.of("bash", "-c", "ulimit -f 4; exec \"$@\"", "bash"));
        limited.addAll(Spawn.command(List.of(), "sweep", GRID, "--out", sweepOut.toString(), "--quiet", "--threads", "1"));
        r = Spawn.run(tmp.resolve("log-sweep"), 120, limited);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("once the disk has room, finish the sweep with:\n  ceasefire sweep " + GRID + " --out " + sweepOut
                + " --resume"), r.err());
        assertTrue(r.noStackTrace(), r.err());
        Cli.Result resumed = Cli.run("sweep", GRID, "--out", sweepOut.toString(), "--resume", "--quiet", "--no-charts");
        assertEquals(0, resumed.exit(), resumed.err());
    }

    @Test
    void runningOutOfMemoryIsToldWithoutATraceAndABigRunIsRefusedEarly() throws Exception {
        StringBuilder big = new StringBuilder("name: big\nnotes:\n");
        for (int i = 0; i < 180_000; i++) {
            big.append("  - [").append(i).append(", ").append(i).append("]\n");
        }
        Path file = Files.writeString(tmp.resolve("many-values.yaml"), big);
        Cli.Result r = Spawn.run(tmp.resolve("log-oom"), 120, Spawn.command(List.of("-Xmx16m"), "validate", file.toString()));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("ceasefire: out of memory: this needs more than the") && r.err().contains("CEASEFIRE_JAVA_OPTS=-Xmx"),
                r.err());
        assertFalse(r.err().contains("Exception in thread") || r.err().contains("\tat "), r.err());

        Path large = Files.writeString(tmp.resolve("large.yaml"), ceasefire.bench.LargeScenario.yaml(400, 200_000, 5, 1));
        r = Spawn.run(tmp.resolve("log-estimate"), 120, Spawn.command(List.of("-Xmx64m"), "run", large.toString(), "--out",
                tmp.resolve("large-out").toString(), "--quiet"));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("needs about") && r.err().contains("CEASEFIRE_JAVA_OPTS=-Xmx"), r.err());
        assertFalse(Files.exists(tmp.resolve("large-out")), "refused before anything was written");
    }
}
