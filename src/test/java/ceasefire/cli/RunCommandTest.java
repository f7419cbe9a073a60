package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.output.RunWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code ceasefire run}, black-box: exit codes, files written, nothing of the user's lost. */
class RunCommandTest {

    @TempDir
    Path tmp;

    private static final String TINY = TestFiles.tiny().toString();

    @Test
    void aRunWritesEveryFileAndSaysWhatHappened() throws Exception {
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", TINY, "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String f : List.of("timeseries.csv", "incidents.csv", "narrative.csv", "narrative.txt", "summary.json", "scenario.yaml",
                "incidents.png", "escalation.png", "casualties.png", "heatmap.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(r.out().contains("Tiny, seed 42: 30 of 30 days"), r.out());
        assertTrue(r.out().contains("written"), r.out());
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(31, ts.size(), "a header and one row per day");
        assertTrue(ts.get(0).startsWith("step,date,incidents,incidents_a,incidents_b,detected,severity,casualties_a,casualties_b,"
                + "hostility_a,hostility_b,escalation,level"), ts.get(0));
        assertTrue(Files.readAllLines(out.resolve("incidents.csv")).get(0).startsWith("step,date,x,y,place,type,rule,rules,perpetrator,"));
        assertEquals(String.join(",", RunWriter.NARRATIVE_COLUMNS), Files.readAllLines(out.resolve("narrative.csv")).get(0));
        Map<String, Object> summary = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(out.resolve("summary.json")));
        assertEquals("Tiny", summary.get("scenario"));
        assertEquals(42, summary.get("seed"));
        assertEquals(30, summary.get("steps_run"));
        assertTrue(summary.containsKey("collapse_step") && summary.get("collapse_step") == null);
        assertTrue(((Map<?, ?>) summary.get("parameters")).containsKey("sides.A.retaliation"));
        assertTrue(summary.get("program") instanceof Map<?, ?> p && p.get("version") != null);
    }

    @Test
    void sameSeedAndOverridesGiveByteIdenticalFiles() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] common = {"--seed", "9", "--set", "sides.A.aggressiveness=0.9", "--no-charts", "--quiet"};
        assertEquals(0, Cli.run(concat(new String[] {"run", TestFiles.flagship().toString(), "--out", a.toString()}, common)).exit());
        assertEquals(0, Cli.run(concat(new String[] {"run", TestFiles.flagship().toString(), "--out", b.toString()}, common)).exit());
        for (String f : List.of("timeseries.csv", "incidents.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        Path c = tmp.resolve("c");
        assertEquals(0, Cli.run("run", TestFiles.flagship().toString(), "--out", c.toString(), "--seed", "10", "--no-charts", "--quiet").exit());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("incidents.csv")), Files.readAllBytes(c.resolve("incidents.csv"))));
    }

    @Test
    void anEarlierRunIsNotOverwrittenWithoutForce() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--quiet", "--no-charts").exit());
        byte[] before = Files.readAllBytes(out.resolve("timeseries.csv"));
        Cli.Result again = Cli.run("run", TINY, "--out", out.toString(), "--seed", "3", "--quiet", "--no-charts");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("is not empty; use --force"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("timeseries.csv")));
        assertEquals(0, Cli.run("run", TINY, "--out", out.toString(), "--seed", "3", "--force", "--quiet", "--no-charts").exit());
    }

    @Test
    void forceNeverWritesIntoAFolderThatHoldsNoEarlierRun() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("my-notes"));
        Files.writeString(mine.resolve("scenario.yaml"), "my precious notes");
        Cli.Result r = Cli.run("run", TINY, "--out", mine.toString(), "--force", "--quiet");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds no earlier result"), r.err());
        assertEquals("my precious notes", Files.readString(mine.resolve("scenario.yaml")));
        assertEquals(1, Files.list(mine).count());
    }

    @Test
    void badInputExitsTwoWithEveryProblemAndNoStackTrace() {
        Cli.Result r = Cli.run("run", TINY, "--set", "peacekeepers.trops=5", "--set", "mediator.attention=3", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--set: peacekeepers.trops: no such parameter; did you mean 'peacekeepers.troops'?"), r.err());
        assertTrue(r.err().contains("--set: mediator.attention: 3 is outside [0, 1]"), r.err());
        assertTrue(r.err().contains("2 problems found."), r.err());
        assertTrue(r.noStackTrace(), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing is written for bad input");
    }

    @Test
    void missingFilesAndBadOptionsAreBadInput() {
        Cli.Result missing = Cli.run("run", tmp.resolve("nope.yaml").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.yaml: file not found"), missing.err());
        assertTrue(missing.noStackTrace());
        Cli.Result option = Cli.run("run", TINY, "--sped", "4");
        assertEquals(2, option.exit());
        assertTrue(option.noStackTrace(), option.err());
        Cli.Result steps = Cli.run("run", TINY, "--steps", "0");
        assertEquals(2, steps.exit());
        assertTrue(steps.err().contains("--steps"), steps.err());
        Cli.Result seed = Cli.run("run", TINY, "--seed", "-1");
        assertEquals(2, seed.exit());
        assertTrue(seed.err().contains("run.seed"), seed.err());
    }

    @Test
    void commandLineMistakesGetOneClearLineAndAHintNotTheWholeUsage() {
        Cli.Result seed = Cli.run("run", TINY, "--seed", "abc");
        assertEquals(2, seed.exit());
        assertEquals("ceasefire run: Invalid value for option '--seed': 'abc' is not a whole number\nSee 'ceasefire run --help'.\n",
                seed.err());
        Cli.Result option = Cli.run("run", TINY, "--stepz", "3");
        assertEquals(2, option.exit());
        assertTrue(option.err().startsWith("ceasefire run: unknown option '--stepz'; did you mean '--steps'?"), option.err());
        Cli.Result command = Cli.run("rnu", TINY);
        assertEquals(2, command.exit());
        assertTrue(command.err().startsWith("ceasefire: unknown command 'rnu'; did you mean 'run'?"), command.err());
        assertFalse(command.err().contains("Commands:"), "no usage dump");
    }

    @Test
    void anOutputPlaceThatCannotBeCreatedIsBadInputNotAFault() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli.Result r = Cli.run("run", TINY, "--out", file.resolve("sub").toString(), "--quiet");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("cannot create " + file.resolve("sub") + ": " + file + " is a file, not a directory"), r.err());
        assertTrue(r.noStackTrace(), r.err());
        assertEquals("mine", Files.readString(file));
        Cli.Result empty = Cli.run("run", TINY, "--out", "", "--quiet");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("empty text"), empty.err());
    }

    @Test
    void stepsShortensTheRunAndQuietSilencesIt() throws Exception {
        Path out = tmp.resolve("short");
        Cli.Result r = Cli.run("run", TestFiles.flagship().toString(), "--steps", "12", "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertEquals(13, Files.readAllLines(out.resolve("timeseries.csv")).size());
        assertFalse(Files.exists(out.resolve("incidents.png")));
    }

    @Test
    void withoutPeacekeepersTheSummarySaysSoInsteadOfZeroPercent() {
        Cli.Result r = Cli.run("run", TestFiles.flagship().toString(), "--set", "peacekeepers.troops=0", "--steps", "20",
                "--out", tmp.resolve("nopk").toString(), "--no-charts");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("; no peacekeepers to detect them"), r.out());
        assertFalse(r.out().contains("detected 0%"), r.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
