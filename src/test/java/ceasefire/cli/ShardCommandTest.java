package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/** {@code sweep --shard}, {@code sweep merge} and {@code sweep --emit} from the command line. */
class ShardCommandTest {

    @TempDir
    Path tmp;

    private static String sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name).toString();
    }

    /** The command line with a scheduler's environment. */
    private static Cli.Result withEnvironment(Map<String, String> env, String... args) {
        return command(env, Path.of(""), args);
    }

    /** The command line as if started in {@code workingDir}, where {@code --emit kubernetes} mounts the volume. */
    private static Cli.Result from(Path workingDir, String... args) {
        return command(System.getenv(), workingDir, args);
    }

    private static Cli.Result command(Map<String, String> env, Path workingDir, String... args) {
        CommandLine cl = Main.commandLine();
        SweepCommand sweep = cl.getSubcommands().get("sweep").getCommand();
        sweep.environment = env;
        sweep.workingDir = workingDir;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Cli.Result(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void shardsFromSlurmsEnvironmentThenMergeGiveTheSingleMachineFiles() throws Exception {
        Path one = tmp.resolve("one");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", one.toString(), "--quiet", "--no-charts").exit());
        Path dir = tmp.resolve("sharded");
        for (int k = 0; k < 3; k++) {
            Cli.Result r = withEnvironment(Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(k), "SLURM_ARRAY_TASK_COUNT", "3"),
                    "sweep", sweep("grid.yaml"), "--out", dir.toString(), "--threads", "1");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("shard " + k + "/3"), r.out());
            assertTrue(Files.isRegularFile(dir.resolve("shards/" + k + "-of-3/runs.csv")));
        }
        Cli.Result merged = Cli.run("sweep", "merge", dir.toString(), "--no-charts");
        assertEquals(0, merged.exit(), merged.err());
        assertTrue(merged.out().contains("merged 3 shards, 24 runs"), merged.out());
        for (String f : List.of("runs.csv", "summary.csv", "trajectories.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
    }

    @Test
    void theMergeListsMissingShardsAndTheCommandsToRunThem() {
        Path dir = tmp.resolve("sharded");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", dir.toString(), "--shard", "1/4", "--quiet").exit());
        Cli.Result r = Cli.run("sweep", "merge", dir.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("18 of 24 runs are missing, in 3 of 4 shards"), r.err());
        assertTrue(r.err().contains("shard 0/4: 6 runs missing, never started (runs 0, 4, 8, 12, 16, 20)"), r.err());
        assertTrue(r.err().contains("--out " + dir + " --shard 3/4"), r.err());
        assertTrue(r.err().contains("sbatch --array=0,2,3"), r.err());
        assertTrue(r.noStackTrace(), r.err());
    }

    @Test
    void mistakesWithShardsAreBadInput() {
        Cli.Result noOut = Cli.run("sweep", sweep("grid.yaml"), "--shard", "0/2");
        assertEquals(Main.BAD_INPUT, noOut.exit());
        assertTrue(noOut.err().contains("needs --out DIR"), noOut.err());
        Cli.Result bad = Cli.run("sweep", sweep("grid.yaml"), "--out", tmp.resolve("x").toString(), "--shard", "2/2");
        assertEquals(Main.BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("shards are numbered 0 to 1"), bad.err());
        Cli.Result resubmitted = withEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_COUNT", "1"),
                "sweep", sweep("grid.yaml"), "--out", tmp.resolve("y").toString());
        assertEquals(Main.BAD_INPUT, resubmitted.exit());
        assertTrue(resubmitted.err().contains("give --shards N"), resubmitted.err());
        Cli.Result notSharded = Cli.run("sweep", "merge", tmp.toString());
        assertEquals(Main.BAD_INPUT, notSharded.exit());
        assertTrue(notSharded.noStackTrace());
    }

    @Test
    void emitSlurmWritesAThrottledArrayAndAMergeThatWaitsForIt() throws Exception {
        Path dir = tmp.resolve("cluster");
        Cli.Result r = Cli.run("sweep", sweep("grid.yaml"), "--out", dir.toString(), "--emit", "slurm", "--shards", "6", "--throttle", "2",
                "--partition", "short", "--time", "0:30:00", "--cpus", "4", "--common-seeds");
        assertEquals(0, r.exit(), r.err());
        String shards = Files.readString(dir.resolve("slurm/shards.sbatch"));
        assertTrue(shards.contains("#SBATCH --array=0-5%2\n"), shards);
        assertTrue(shards.contains("#SBATCH --partition=short\n") && shards.contains("#SBATCH --time=0:30:00\n"), shards);
        assertTrue(shards.contains("#SBATCH --cpus-per-task=4\n"), shards);
        assertTrue(shards.contains("--shard \"${SLURM_ARRAY_TASK_ID}/6\" --threads 4 --common-seeds"), shards);
        String submit = Files.readString(dir.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("--dependency=afterok:\"$array\""), submit);
        assertTrue(Files.readString(dir.resolve("slurm/merge.sbatch")).contains(" sweep merge " + dir.toAbsolutePath()));
        assertTrue(Files.isRegularFile(dir.resolve("manifest.json")), "the directory is prepared for the shards");
        assertTrue(r.out().contains("--array=K1,K2"), r.out());
    }

    /** The test sweep grid.yaml and its scenario, copied into {@code into} as they lie in the project (sweeps/, scenarios/). */
    private static Path project(Path into) throws Exception {
        Path resources = TestFiles.root().resolve("src/test/resources");
        Files.createDirectories(into.resolve("sweeps"));
        Files.createDirectories(into.resolve("scenarios"));
        Files.copy(resources.resolve("sweeps/grid.yaml"), into.resolve("sweeps/grid.yaml"));
        Files.copy(resources.resolve("scenarios/tiny.yaml"), into.resolve("scenarios/tiny.yaml"));
        return into.resolve("sweeps/grid.yaml");
    }

    @Test
    void emitKubernetesWritesAnIndexedJobAndAMergeJob() throws Exception {
        Path work = tmp.resolve("project");
        Path sweepFile = project(work);
        Path dir = work.resolve("runs/k8s");
        Cli.Result r = from(work, "sweep", sweepFile.toString(), "--out", dir.toString(), "--emit", "kubernetes", "--shards", "4", "--image",
                "registry.example/ceasefire:1");
        assertEquals(0, r.exit(), r.err());
        Map<String, Object> job = new Yaml().load(Files.readString(dir.resolve("kubernetes/shards.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) job.get("spec");
        assertEquals("Indexed", spec.get("completionMode"));
        assertEquals(4, spec.get("completions"));
        String text = Files.readString(dir.resolve("kubernetes/shards.yaml"));
        assertTrue(text.contains("\"--shards\", \"4\""), text);
        Map<String, Object> merge = new Yaml().load(Files.readString(dir.resolve("kubernetes/merge.yaml")));
        assertEquals("Job", merge.get("kind"));
        assertTrue(text.contains("mountPath: \"" + work.toAbsolutePath().normalize() + "\""), text);
        assertTrue(Files.readString(dir.resolve("kubernetes/submit.sh")).contains("kubectl wait --for=condition=complete"));
        Cli.Result bad = Cli.run("sweep", sweep("grid.yaml"), "--emit", "pbs", "--shards", "2");
        assertEquals(Main.BAD_INPUT, bad.exit());
    }

    @Test
    void emitKubernetesRefusesFilesThePodsWouldNotSee() throws Exception {
        // The volume is mounted where one emits from: an output folder, sweep file or scenario elsewhere is not on it.
        Path work = tmp.resolve("project");
        Path sweepFile = project(work);
        Path elsewhere = tmp.resolve("scratch/k8s");
        Cli.Result r = from(work, "sweep", sweepFile.toString(), "--out", elsewhere.toString(), "--emit", "kubernetes", "--shards", "2");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("the output folder " + elsewhere.toAbsolutePath().normalize() + " is outside "
                + work.toAbsolutePath().normalize()), r.err());
        assertTrue(r.err().contains("Emit from a directory that holds the sweep file, its scenario and the output folder"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertTrue(!Files.exists(elsewhere), "nothing was written");

        // Emitting from the sweeps folder: the output folder is under it, the scenario (../scenarios) is not.
        Path fromSweeps = work.resolve("sweeps");
        r = from(fromSweeps, "sweep", sweepFile.toString(), "--out", fromSweeps.resolve("out").toString(), "--emit", "kubernetes",
                "--shards", "2");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("its scenario " + work.resolve("scenarios/tiny.yaml").toAbsolutePath().normalize() + " is outside"), r.err());
        assertTrue(!r.err().contains("the sweep file " + sweepFile), "the sweep file is under it: " + r.err());

        // Slurm's nodes share the file system: no such check.
        assertEquals(0, from(work, "sweep", sweepFile.toString(), "--out", elsewhere.toString(), "--emit", "slurm", "--shards", "2").exit());
    }

    @Test
    void aShardOrAMergeAlreadyBeingWrittenRefusesASecondWriterNamingTheHolder() throws Exception {
        Path dir = tmp.resolve("busy");
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", dir.toString(), "--shard", "0/2", "--quiet").exit());
        Files.createDirectories(dir.resolve("shards/1-of-2"));
        try (ceasefire.output.FolderLock held = ceasefire.output.FolderLock.acquire(dir.resolve("shards/1-of-2"), "sweep --shard 1/2")) {
            Cli.Result second = Cli.run("sweep", sweep("grid.yaml"), "--out", dir.toString(), "--shard", "1/2", "--quiet");
            assertEquals(2, second.exit(), second.err());
            assertTrue(second.err().contains("in use"), second.err());
        }
        assertEquals(0, Cli.run("sweep", sweep("grid.yaml"), "--out", dir.toString(), "--shard", "1/2", "--quiet").exit());
        try (ceasefire.output.FolderLock held = ceasefire.output.FolderLock.acquire(dir, "sweep merge")) {
            Cli.Result second = Cli.run("sweep", "merge", dir.toString(), "--no-charts", "--quiet");
            assertEquals(2, second.exit(), second.err());
            assertTrue(second.err().contains("in use"), second.err());
        }
        assertEquals(0, Cli.run("sweep", "merge", dir.toString(), "--no-charts", "--quiet").exit());
    }
}
