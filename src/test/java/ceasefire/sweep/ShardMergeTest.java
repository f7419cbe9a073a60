package ceasefire.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.output.OutputException;
import ceasefire.output.RunWriter;
import ceasefire.sweep.charts.SweepCharts;
import ceasefire.sweep.design.Seeds;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import ceasefire.sweep.running.KeptRuns;
import ceasefire.sweep.running.Manifest;
import ceasefire.sweep.running.RunFunction;
import ceasefire.sweep.running.RunsCsv;
import ceasefire.sweep.running.Shard;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Stats;
import ceasefire.sweep.statistics.SummaryTable;
import ceasefire.sweep.statistics.Trajectories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sweep run in shards and merged gives the very bytes of the same sweep run on one machine,
 * whatever the number of shards and threads; shards continue after a kill, refuse another
 * sweep's directory, and the merge names what is missing.
 */
class ShardMergeTest {

    @TempDir
    Path tmp;

    private static final List<String> SAME = List.of(RunsCsv.FILE, SummaryTable.FILE, Trajectories.FILE, DailySeries.FILE);

    private static Path plain(Sweep sweep, Path out, int threads, boolean charts) throws Exception {
        SweepJob.run(sweep, new SweepJob.Options(out, out.getParent(), false, false, threads, charts, RunFunction.MODEL), SweepJobTest.quiet());
        return out;
    }

    private static void shard(Sweep sweep, Path out, int k, int n, int threads) throws Exception {
        ShardJob.run(sweep, out, new Shard(k, n), threads, false, RunFunction.MODEL, SweepJobTest.quiet());
    }

    private static Path sharded(Sweep sweep, Path out, int n, int threads, boolean charts) throws Exception {
        // Shards in reverse order: which shard starts the directory must not matter.
        for (int k = n - 1; k >= 0; k--) {
            shard(sweep, out, k, n, threads);
        }
        SweepMerge.merge(sweep, out, charts, threads);
        return out;
    }

    private static void assertSameFiles(Path a, Path b, List<String> files) throws IOException {
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs between " + a + " and " + b);
        }
    }

    /** The manifest without what depends on when and where it ran (sessions, seconds, Java version, cores). */
    /** What a kill or a power cut leaves: the file cut to {@code size} bytes. */
    private static void cut(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    private static String timeless(Path dir) throws IOException {
        String json = Files.readString(dir.resolve(Manifest.FILE));
        json = json.replaceAll("(?s)\"sessions\": \\[.*?\\n  \\]", "\"sessions\": []");
        return json.replaceAll("\"seconds\": [0-9.eE-]+", "\"seconds\": 0").replaceAll("\"cores\": \\d+", "\"cores\": 0");
    }

    @ParameterizedTest(name = "{0} shards on {1} threads against one machine on {2}")
    @CsvSource({"1, 1, 2", "2, 1, 3", "2, 3, 1", "3, 2, 1", "3, 1, 2"})
    void mergedShardsGiveTheBytesOfASingleMachineSweep(int shards, int shardThreads, int plainThreads) throws Exception {
        for (String file : List.of("grid.yaml", "lhs.yaml")) {
            Sweep sweep = SweepTestFiles.load(file);
            Path one = plain(sweep, tmp.resolve(file + "-plain"), plainThreads, false);
            Path merged = sharded(sweep, tmp.resolve(file + "-sharded"), shards, shardThreads, false);
            List<String> files = new ArrayList<>(SAME);
            if (sweep.plan().design().sampled()) {
                files.add("sensitivity.csv");
            }
            assertSameFiles(one, merged, files);
            assertEquals(timeless(one), timeless(merged), "manifest.json apart from timing");
        }
    }

    @Test
    void mergedChartsAreTheSameBytesToo() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path one = plain(sweep, tmp.resolve("plain"), 2, true);
        Path merged = sharded(sweep, tmp.resolve("sharded"), 3, 1, true);
        List<String> charts;
        try (Stream<Path> s = Files.list(one.resolve(SweepCharts.DIR))) {
            charts = s.map(p -> SweepCharts.DIR + "/" + p.getFileName()).sorted().toList();
        }
        assertTrue(charts.size() > 10, "charts were drawn: " + charts);
        assertTrue(charts.contains("charts/trajectory-point-0.png"), "a trajectory chart per design point");
        assertSameFiles(one, merged, charts);
    }

    @Test
    void aShardKilledMidRunContinuesAndTheMergeIsStillIdentical() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path one = plain(sweep, tmp.resolve("plain"), 2, false);
        Path out = tmp.resolve("sharded");
        for (int k = 0; k < 3; k++) {
            shard(sweep, out, k, 3, 2);
        }
        // What kill -9 leaves: shard 1's last rows gone, half a row and half a daily record at the ends.
        Path shardDir = out.resolve("shards/1-of-3");
        List<String> lines = Files.readAllLines(shardDir.resolve(RunsCsv.FILE));
        String kept = String.join("\n", lines.subList(0, lines.size() - 3)) + "\n" + lines.get(lines.size() - 3).substring(0, 7);
        Files.writeString(shardDir.resolve(RunsCsv.FILE), kept);
        cut(shardDir.resolve(DailySeries.FILE), Files.size(shardDir.resolve(DailySeries.FILE)) - 30);
        SweepMerge.Incomplete missing = assertThrows(SweepMerge.Incomplete.class, () -> SweepMerge.merge(sweep, out, false, 1));
        assertEquals(3, missing.count());
        assertEquals(1, missing.missing().size());
        assertEquals(new Shard(1, 3), missing.missing().get(0).shard());
        for (int run : missing.missing().get(0).runs()) {
            assertEquals(1, run % 3, "run " + run + " is shard 1's");
        }
        shard(sweep, out, 1, 3, 1);
        SweepMerge.merge(sweep, out, false, 2);
        assertSameFiles(one, out, SAME);
    }

    @Test
    void rowsWhoseDailySeriesWasLostRunAgain() throws Exception {
        // A power cut can keep runs.csv's last rows and lose days.bin's: those runs must run again.
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path one = plain(sweep, tmp.resolve("plain"), 2, false);
        Path out = tmp.resolve("sharded");
        for (int k = 0; k < 2; k++) {
            shard(sweep, out, k, 2, 2);
        }
        Path days = out.resolve("shards/0-of-2").resolve(DailySeries.FILE);
        cut(days, Files.size(days) / 2);
        ShardJob.Result again = ShardJob.run(sweep, out, new Shard(0, 2), 1, false, RunFunction.MODEL, SweepJobTest.quiet());
        assertTrue(again.outcome().ran() > 0 && again.outcome().ran() < 12, "only the runs without a series ran: " + again.outcome().ran());
        SweepMerge.merge(sweep, out, false, 1);
        assertSameFiles(one, out, SAME);
        // The same for a single-machine sweep resumed.
        Path again2 = tmp.resolve("plain2");
        plain(sweep, again2, 1, false);
        cut(again2.resolve(DailySeries.FILE), Files.size(again2.resolve(DailySeries.FILE)) / 2);
        SweepJob.Result r = SweepJob.run(sweep, new SweepJob.Options(again2, tmp, true, false, 2, false, RunFunction.MODEL), SweepJobTest.quiet());
        assertTrue(r.outcome().ran() > 0, "runs whose series was lost ran again");
        assertSameFiles(out, again2, SAME);
    }

    @Test
    void theMergeListsAShardThatNeverStarted() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("sharded");
        shard(sweep, out, 0, 4, 2);
        shard(sweep, out, 2, 4, 2);
        SweepMerge.Incomplete e = assertThrows(SweepMerge.Incomplete.class, () -> SweepMerge.merge(sweep, out, false, 1));
        assertEquals(List.of(new Shard(1, 4), new Shard(3, 4)), e.missing().stream().map(SweepMerge.Missing::shard).toList());
        assertFalse(e.missing().get(0).started());
        assertEquals(12, e.count(), "24 runs, half of them in the two missing shards");
        assertFalse(Files.exists(out.resolve(RunsCsv.FILE)), "nothing merged from an incomplete sweep");
    }

    @Test
    void aShardRefusesAnotherSweepsDirectoryAndAnotherSplit() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("sharded");
        shard(sweep, out, 0, 2, 1);
        Sweep other = SweepTestFiles.load("grid.yaml", 2, null);
        OutputException e = assertThrows(OutputException.class, () -> shard(other, out, 1, 2, 1));
        assertTrue(e.getMessage().contains("replications"), e.getMessage());
        OutputException split = assertThrows(OutputException.class, () -> shard(sweep, out, 1, 3, 1));
        assertTrue(split.getMessage().contains("already split into 2 shards"), split.getMessage());
        Sweep lhs = SweepTestFiles.load("lhs.yaml");
        OutputException file = assertThrows(OutputException.class, () -> shard(lhs, out, 1, 2, 1));
        assertTrue(file.getMessage().contains("sweep file differs"), file.getMessage());
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        assertThrows(OutputException.class, () -> shard(sweep, mine, 0, 2, 1));
        assertEquals("my notes", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void aProgramVersionOtherThanTheManifestsIsRefused() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("sharded");
        shard(sweep, out, 0, 2, 1);
        Path manifest = out.resolve(Manifest.FILE);
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replaceFirst("\"version\": \"[^\"]*\"", "\"version\": \"0.0.1-other\""));
        OutputException e = assertThrows(OutputException.class, () -> shard(sweep, out, 1, 2, 1));
        assertTrue(e.getMessage().contains("0.0.1-other"), e.getMessage());
    }

    @Test
    void shardsDealRunsRoundRobin() {
        Shard s = new Shard(1, 4);
        assertTrue(s.owns(1) && s.owns(5) && !s.owns(4));
        assertEquals(3, new Shard(1, 4).runsOf(10), "runs 1, 5, 9");
        assertEquals(2, new Shard(3, 4).runsOf(10), "runs 3, 7");
        assertEquals(new Shard(2, 5), Shard.parse("2/5"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/5"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("1-4"));
        assertEquals(new Shard(3, 8), Shard.ofDirectory("3-of-8"));
    }

    @Test
    void theShardComesFromTheSchedulersEnvironment() {
        assertEquals(new Shard(2, 4), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4"), null));
        assertEquals(new Shard(2, 6), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "1"), 6),
                "--shards wins: a resubmitted task's array has one task");
        assertEquals(new Shard(5, 8), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "5"), 8));
        assertEquals(null, Shard.fromEnvironment(Map.of(), null));
        IllegalArgumentException resubmitted = assertThrows(IllegalArgumentException.class,
                () -> Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "1"), null));
        assertTrue(resubmitted.getMessage().contains("--shards N"), resubmitted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "5"), null));
    }

    @Test
    void trajectoriesEndWhereTheRunsTotalsDo() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = plain(sweep, tmp.resolve("plain"), 2, false);
        RunResults results = RunResults.read(out.resolve(RunsCsv.FILE), sweep.spec().parameterPaths(), sweep.spec().metrics());
        List<String> rows = Files.readAllLines(out.resolve(Trajectories.FILE));
        assertEquals("point,peacekeepers.troops,mediator.attention,rules.no_fire_across_line.enabled,day,metric,n,mean,q05,q50,q95", rows.get(0));
        assertEquals(1 + 8 * 20 * DailySeries.SERIES.size(), rows.size(), "8 points x 20 days x 6 series");
        for (int point = 0; point < 8; point++) {
            double[] incidents = results.values("incidents", point);
            java.util.Arrays.sort(incidents);
            String last = null;
            for (String r : rows) {
                if (r.startsWith(point + ",") && r.contains(",19,incidents_to_date,")) {
                    last = r;
                }
            }
            String[] f = last.split(",");
            assertEquals("3", f[6], "3 replications on the last day");
            assertEquals(Stats.mean(incidents), Double.parseDouble(f[7]), 1e-4, "mean incidents to date on the last day = mean of incidents");
            assertEquals(Stats.quantile(incidents, 0.5), Double.parseDouble(f[9]), 1e-9);
            assertEquals(Stats.quantile(incidents, 0.05), Double.parseDouble(f[8]), 1e-9);
            assertEquals(Stats.quantile(incidents, 0.95), Double.parseDouble(f[10]), 1e-9);
        }
    }

    @Test
    void keepRunsKeepsEveryRunsTimeseriesCompressed() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        Path out = tmp.resolve("kept");
        SweepJob.run(sweep, new SweepJob.Options(out, tmp, false, false, 2, false, RunFunction.MODEL, true), SweepJobTest.quiet());
        try (Stream<Path> s = Files.list(out.resolve(KeptRuns.DIR))) {
            assertEquals(24, s.filter(p -> p.toString().endsWith(".csv.gz")).count());
        }
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(KeptRuns.name(5))))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\n");
        assertEquals(String.join(",", RunWriter.TIMESERIES_COLUMNS), lines[0]);
        assertEquals(21, lines.length, "a header and 20 days");
        // The kept series is that run's: its incidents add up to the run's row.
        RunResults results = RunResults.read(out.resolve(RunsCsv.FILE), sweep.spec().parameterPaths(), sweep.spec().metrics());
        int sum = 0;
        for (int i = 1; i < lines.length; i++) {
            sum += Integer.parseInt(lines[i].split(",")[2]);
        }
        assertEquals(results.value("incidents", 5), sum, 0);
    }

    @Test
    void commonSeedsGiveReplicationRTheSameSeedAtEveryPoint() throws Exception {
        Sweep sweep = SweepTestFiles.load("common-seeds.yaml");
        SweepPlan plan = sweep.plan();
        assertTrue(plan.commonSeeds());
        for (int point = 0; point < plan.points(); point++) {
            for (int r = 0; r < plan.replications(); r++) {
                assertEquals(new Seeds(7).seed(r), plan.seedOf(point * plan.replications() + r));
            }
        }
        Sweep independent = SweepFile.load(SweepTestFiles.sweep("common-seeds.yaml"), new SweepFile.Settings(null, null, 1), (d, t) -> { });
        assertTrue(independent.plan().commonSeeds(), "the file's seeds: common holds without --common-seeds");
        Sweep grid = SweepTestFiles.load("grid.yaml");
        assertNotEquals(grid.plan().seedOf(0), grid.plan().seedOf(3), "independent seeds differ between points");
        Sweep forced = SweepFile.load(SweepTestFiles.sweep("grid.yaml"), new SweepFile.Settings(null, null, 1, true), (d, t) -> { });
        assertEquals(forced.plan().seedOf(0), forced.plan().seedOf(3), "--common-seeds");
        Path out = plain(sweep, tmp.resolve("common"), 2, false);
        assertEquals(Seeds.RULE_COMMON, Manifest.read(out).seeds());
        // Sharded and merged, common seeds give the same bytes too.
        Path merged = sharded(sweep, tmp.resolve("common-sharded"), 2, 1, false);
        assertSameFiles(out, merged, SAME);
    }
}
