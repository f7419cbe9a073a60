package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input made to hurt (issue 11 items 2, 6, 7, 10, 11, 12): every case is refused with exit 2, a
 * located message and no trace, in about a second.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static String tiny() throws Exception {
        return Files.readString(TestFiles.tiny());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Validates within a few seconds (the unbounded cases took minutes), expecting exit 2 and {@code message}. */
    private Cli.Result refused(String message, String... args) {
        // Generous for a loaded CI machine; the unbounded cases took minutes, or ran out of memory.
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in:\n" + r.err());
        assertTrue(r.noStackTrace(), r.err());
        return r;
    }

    @Test
    void aliasesOfOneLongValueCannotBlowUpTheDocument() throws Exception {
        // 19,000 characters, referenced 2,000 times: 38 million characters from a 60 KB file.
        String big = "x".repeat(19_000);
        StringBuilder text = new StringBuilder("name: &r \"" + big + "\"\ndescription: [");
        for (int i = 0; i < 2000; i++) {
            text.append(i == 0 ? "" : ", ").append("*r");
        }
        Path file = write("laughs.yaml", text.append("]\n").toString());
        refused(file + ":2: YAML error: with its aliases expanded, the document passes 8,000,000 characters", "validate", file.toString());
        // As map rows: the cells are then bounded too, with no overflow of width * height.
        String rows = "[" + String.join(", ", java.util.Collections.nCopies(400, "*r")) + "]";
        String map = tiny().replace("name: Tiny", "name: Tiny\nrow: &r \"" + ".".repeat(19_000) + "\"")
                .replaceFirst("rows: \\|[\\s\\S]*?\\n  regions:", "rows: " + rows + "\n  regions:");
        Path mapFile = write("map.yaml", map);
        refused("map.rows: the map has 7,600,000 cells (its widest row times 400 rows); the limit is 1,000,000", "validate", mapFile.toString());
    }

    @Test
    void mapsUnitsAndPeacekeepersAreBoundedAsAWhole() throws Exception {
        String wide = ".".repeat(1_001);
        StringBuilder rows = new StringBuilder("rows: |\n");
        for (int i = 0; i < 1_000; i++) {
            rows.append("    ").append(wide).append('\n');
        }
        Path map = write("big-map.yaml", tiny().replaceFirst("rows: \\|\\n(    .*\\n)+", rows.toString()));
        refused("map.rows: the map has 1,001,000 cells (its widest row times 1,000 rows); the limit is 1,000,000", "validate", map.toString());

        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            groups.append("      - {kind: infantry, count: 10000000, region: A}\n");
        }
        Path units = write("many-units.yaml", tiny().replace("      - {kind: artillery, count: 1, cells: [[0, 5]]}\n", groups.toString()));
        refused("sides: the scenario has 200,000,008 units in all (both sides, with reinforcements); the limit is 1,000,000",
                "validate", units.toString());
        Path troops = write("troops.yaml", tiny().replace("title: Tension rises", "title: Tension rises\n    reinforce: {peacekeepers: 10000000}"));
        refused("peacekeepers: the scenario has 10,000,200 peacekeeping troops in all", "validate", troops.toString());
    }

    @Test
    void aListIndexBeyondALongIsAnUnknownItemAndTheNextFileIsStillChecked() throws Exception {
        String huge = "sides.A.units[99999999999999999999].count";
        refused("--set: " + huge + ": no such parameter: sides.A.units has 2 items, [0] to [1]", "run", TestFiles.tiny().toString(),
                "--set", huge + "=5", "--out", tmp.resolve("x").toString());
        Path sweep = write("sweep.yaml", "scenario: " + TestFiles.tiny() + "\nfixed:\n  " + huge + ": 5\nvary:\n  " + huge.replace("count", "strength")
                + ": [1, 2]\nreplications: 2\n");
        Cli.Result r = refused(sweep + ":3: fixed." + huge + ": no such parameter", "validate", sweep.toString(), TestFiles.tiny().toString());
        assertTrue(r.err().contains("vary.sides.A.units[99999999999999999999].strength"), r.err());
        assertTrue(r.out().contains("ok  " + TestFiles.tiny()), "the next file is checked: " + r.out());
    }

    @Test
    void manyProblemsAreFoundInLinearTimeAndPrintedUpToTheCap() throws Exception {
        StringBuilder text = new StringBuilder(tiny()).append("junk:\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("  k").append(i).append(": 1\n");
        }
        // Unknown keys inside an unknown section are one problem; at the top level each is its own.
        String flat = tiny() + String.join("", java.util.stream.IntStream.range(0, 200_000).mapToObj(i -> "k" + i + ": 1\n").toList());
        Path file = write("many-problems.yaml", flat);
        long start = System.nanoTime();
        Cli.Result r = refused("... and 199,800 more (only the first 200 are shown)", "validate", file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 60, "200,000 problems took " + seconds + " s (quadratic, they took more than ten minutes)");
        assertTrue(r.err().contains("200,000 problems found."), r.err());
        assertEquals(Limits.MAX_PROBLEMS_SHOWN + 3, r.err().lines().count(), "200 problems, the rest counted, the total, the file count");
    }

    @Test
    void devicesPipesAndDirectoriesAreRefusedWithoutReadingThem() throws Exception {
        refused("/dev/zero: is not a regular file (a device, pipe or socket)", "validate", "/dev/zero");
        refused("/dev/urandom: is not a regular file", "validate", "/dev/urandom");
        Path fifo = tmp.resolve("pipe.yaml");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        refused(fifo + ": is not a regular file", "validate", fifo.toString());
        refused("'': no file name given (the path is empty)", "validate", "");
        refused(tmp + ": is a directory", "validate", tmp.toString());
        Path big = tmp.resolve("big.yaml");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = ("# " + "x".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 4300; i++) {
                out.write(line);
            }
        }
        refused(big + ": is larger than the limit of 4,194,304 bytes", "validate", big.toString());
    }

    @Test
    void echoedValuesCannotReachTheTerminalRawOrForgeALine() throws Exception {
        Path file = write("forge.yaml", tiny().replace("attention: 0.9",
                "attention: \"high\\nfake.yaml:1: everything: is fine\\e[2J\\a\\0" + "y".repeat(15_000) + "\""));
        Cli.Result r = refused("mediator.attention: expected a number in [0, 1], got 'high\\nfake.yaml:1: everything: is fine\\u001b[2J\\u0007\\u0000yyy",
                "validate", file.toString());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("fake.yaml")), "no forged line: " + r.err());
        assertFalse(r.err().chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0), "no raw control character");
        assertTrue(r.err().contains("more characters)"), "a 100 KB value is cut: " + r.err().length());
        assertTrue(r.err().length() < 2_000, "the whole report stays short: " + r.err().length());
    }

    @Test
    void yamlErrorsNameTheLineWhereTheParserKnowsIt() throws Exception {
        Path deep = write("deep.yaml", "name: x\nnested: " + "[".repeat(60) + "]".repeat(60) + "\n");
        refused(deep + ":2: YAML error: lists and sections are nested more than 40 levels deep", "validate", deep.toString());
        StringBuilder aliases = new StringBuilder("base: &b {a: 1}\nlist:\n");
        for (int i = 0; i < 60; i++) {
            aliases.append("  - *b\n");
        }
        Path many = write("aliases.yaml", aliases.toString());
        refused(many + ":53: YAML error: more than 50 aliases to lists or sections", "validate", many.toString());
        Path control = write("control.yaml", "name: x\ndescription: bell\u0007\n");
        refused(control + ":2: YAML error: the character U+0007 is not allowed", "validate", control.toString());
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(latin1 + ":2: is not UTF-8 text: byte 0xe9", "validate", latin1.toString());
        Path longLine = write("long-line.yaml", "name: x\ndescription: " + "z".repeat(Limits.MAX_LINE_CHARS) + "\n");
        refused(longLine + ":2: the line is 20,013 characters long; the limit is 20,000", "validate", longLine.toString());
        Path self = write("self.yaml", "a: &s\n  b: *s\n");
        refused(self + ":2: YAML error: the alias *s refers to a list or section that contains it", "validate", self.toString());
    }

    @Test
    void messagesSayWhatTheUserGaveInPlainNumbers() throws Exception {
        Path small = write("small-scale.yaml", tiny().replace("name: Tiny", "name: Tiny\ndynamics: {perception_scale: 0}"));
        refused("is outside [0.000001, 1000000]", "validate", small.toString());
        Path sweep = write("range.yaml", "scenario: " + TestFiles.tiny() + "\nvary:\n  mediator.attention: {min: a, max: 1}\n"
                + "design: latin_hypercube\nsamples: 4\nreplications: 1\n");
        Cli.Result r = refused("expected a number (any finite value)", "validate", sweep.toString());
        assertFalse(r.err().contains("E308"), r.err());
        Path nested = write("nested.yaml", "scenario: " + TestFiles.tiny() + "\nvary:\n  mediator.attention: [[0.4, 0.5], [0.6]]\nreplications: 2\n");
        r = refused("got a nested list or section", "validate", nested.toString());
        assertEquals(1, r.err().lines().filter(l -> l.contains("nested list")).count(), r.err());
        Path one = write("one.yaml", "scenario: " + TestFiles.tiny() + "\nfixed: {run.days: 40}\nreplications: 1\n");
        Cli.Result ok = Cli.run("validate", one.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("= 1 run;"), ok.out());
    }

    @Test
    void resumingASampledSweepWithAGridFileSaysTheDesignChanged() throws Exception {
        Path lhs = write("s.yaml", "scenario: " + TestFiles.tiny() + "\nfixed: {run.days: 40}\nvary:\n  mediator.attention: {min: 0.2, max: 1}\n"
                + "design: latin_hypercube\nsamples: 3\nreplications: 1\n");
        Path out = tmp.resolve("lhs");
        Cli.Result first = Cli.run("sweep", lhs.toString(), "--out", out.toString(), "--quiet", "--no-charts");
        assertEquals(0, first.exit(), first.err());
        Files.writeString(lhs, "scenario: " + TestFiles.tiny() + "\nfixed: {run.days: 40}\nvary:\n  mediator.attention: [0.2, 1]\nreplications: 1\n");
        Cli.Result r = refused("it was started as a latin_hypercube design, and the sweep file now says grid", "sweep", lhs.toString(),
                "--out", out.toString(), "--resume", "--quiet");
        assertFalse(r.err().contains("--samples"), "no advice about an option the user did not give: " + r.err());
    }

    @Test
    void theReadmeNoLongerClaimsEveryFileIsHashed() throws Exception {
        String readme = Files.readString(TestFiles.root().resolve("README.md"));
        assertFalse(readme.contains("the files' SHA-256"), "manifest.json hashes only the sweep file and the scenario");
        List<String> limits = List.of("4 MiB", "20,000 characters", "8,000,000", "1,000,000 cells", "1,000,000 units", "200");
        String security = Files.readString(TestFiles.root().resolve("SECURITY.md"));
        for (String l : limits) {
            assertTrue(security.contains(l), "SECURITY.md states the limit " + l);
        }
    }
}
