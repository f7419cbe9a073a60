package ceasefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ceasefire.model.Runs;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: the flagship, stable and collapse scenarios, three seeds each, must give the
 * same {@code timeseries.csv}, {@code incidents.csv} and {@code summary.json} as when the goldens
 * were recorded. A refactoring must leave them alone; a deliberate change of the model's
 * behaviour regenerates them, and the commit says why.
 *
 * <p>To regenerate after a deliberate change of behaviour (one line, from the repository root):
 *
 * <pre>
 * mvn -q -B -Dstyle.color=never test -Dtest=GoldenOutputsTest -Dceasefire.golden=regen
 * </pre>
 *
 * then look at {@code git diff src/test/resources/golden} and commit it with the change.
 *
 * <p>What is compared: SHA-256 of each CSV file, byte for byte; SHA-256 of {@code summary.json}
 * without its {@code program} block (the version varies between builds) and without its
 * {@code parameters} block. The parameters are compared value by value against
 * {@code parameters-<scenario>.txt}: every recorded path must still have the same value, and a
 * parameter added later (with a default that keeps today's behaviour, proven by the hashes) may
 * appear without a regeneration. On a mismatch, the files of the failing runs are left under
 * {@code target/golden-actual/} for a look.
 */
class GoldenOutputsTest {

    /** System property that switches the test from checking to recording. */
    static final String REGEN = "ceasefire.golden";

    static final List<String> SCENARIOS = List.of("nagorno-karabakh-2022", "stable-baseline", "escalation-to-collapse");
    static final long[] SEEDS = {1, 2, 3};
    static final List<String> FILES = List.of("timeseries.csv", "incidents.csv", "summary.json");

    static final Path GOLDEN = TestFiles.root().resolve("src/test/resources/golden");
    static final Path HASHES = GOLDEN.resolve("outputs.sha256");

    @TempDir
    Path tmp;

    @Test
    void theThreeScenariosGiveTheirRecordedOutputs() throws Exception {
        boolean regen = "regen".equals(System.getProperty(REGEN));
        Map<String, String> hashes = new TreeMap<>();
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        for (String name : SCENARIOS) {
            for (long seed : SEEDS) {
                Path dir = run(name, seed);
                for (String file : FILES) {
                    String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
                    if (file.equals("summary.json")) {
                        Split split = split(text);
                        text = split.rest();
                        parameters.computeIfAbsent(name, k -> withoutSeed(split.parameters()));
                    }
                    hashes.put(name + "/seed-" + seed + "/" + file, sha256(text));
                }
            }
        }
        if (regen) {
            record(hashes, parameters);
            return;
        }
        assertTrue(Files.isRegularFile(HASHES), "no goldens at " + HASHES + "; record them with -D" + REGEN + "=regen");
        Map<String, String> expected = readHashes();
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            if (!e.getValue().equals(expected.get(e.getKey()))) {
                differing.add(e.getKey());
            }
        }
        for (String name : SCENARIOS) {
            Map<String, String> was = readParameters(name);
            Map<String, String> now = parameters.get(name);
            for (Map.Entry<String, String> e : was.entrySet()) {
                if (!e.getValue().equals(now.get(e.getKey()))) {
                    differing.add(name + " parameter " + e.getKey() + ": was " + e.getValue() + ", now " + now.get(e.getKey()));
                }
            }
        }
        if (!differing.isEmpty()) {
            Path keep = TestFiles.root().resolve("target/golden-actual");
            copyTree(tmp, keep);
            fail("outputs differ from the goldens in src/test/resources/golden:\n  " + String.join("\n  ", differing)
                    + "\nThe runs are kept in " + keep + ". If the model's behaviour changed on purpose, regenerate with\n"
                    + "  mvn -q -B -Dstyle.color=never test -Dtest=GoldenOutputsTest -D" + REGEN + "=regen\n"
                    + "and commit the new goldens with the change that explains them.");
        }
        assertEquals(expected.keySet(), hashes.keySet(), "the set of golden runs changed");
    }

    private Path run(String name, long seed) throws IOException, ScenarioException {
        String file = "scenarios/" + name + ".yaml";
        String set = "run.seed=" + seed;
        Scenario s = TestFiles.load(TestFiles.root().resolve(file), set);
        Runs.Result r = Runs.run(s);
        Path dir = Files.createDirectories(tmp.resolve(name + "-" + seed));
        new RunWriter(s, file, Overrides.parse(List.of(set)), r.log(), r.summary()).writeAll(dir, null, false);
        return dir;
    }

    /** summary.json split into its parameters (path to raw JSON value) and the rest, without the version. */
    record Split(Map<String, String> parameters, String rest) {
    }

    static Split split(String json) {
        StringBuilder rest = new StringBuilder();
        Map<String, String> parameters = new LinkedHashMap<>();
        String skipping = null;
        String key = null;
        for (String line : json.split("\n", -1)) {
            if (skipping == null && (line.equals("  \"program\": {") || line.equals("  \"parameters\": {"))) {
                skipping = line;
                continue;
            }
            if (skipping != null) {
                if (line.equals("  },") || line.equals("  }")) {
                    skipping = null;
                } else if (skipping.contains("parameters")) {
                    if (line.startsWith("    \"")) {
                        // a new entry: "path": value, possibly continued on deeper-indented lines
                        String entry = line.strip();
                        int colon = entry.indexOf("\": ");
                        key = entry.substring(1, colon);
                        parameters.put(key, withoutComma(entry.substring(colon + 3)));
                    } else {
                        parameters.put(key, parameters.get(key) + " " + withoutComma(line.strip()));
                    }
                }
                continue;
            }
            rest.append(line).append('\n');
        }
        return new Split(parameters, rest.toString());
    }

    private static String withoutComma(String value) {
        return value.endsWith(",") ? value.substring(0, value.length() - 1) : value;
    }

    private static Map<String, String> withoutSeed(Map<String, String> p) {
        Map<String, String> copy = new TreeMap<>(p);
        copy.remove("run.seed");
        return copy;
    }

    private static void record(Map<String, String> hashes, Map<String, Map<String, String>> parameters) throws IOException {
        Files.createDirectories(GOLDEN);
        StringBuilder h = new StringBuilder();
        h.append("# SHA-256 of the golden outputs (see GoldenOutputsTest for how they are made and regenerated)\n");
        hashes.forEach((k, v) -> h.append(v).append("  ").append(k).append('\n'));
        Files.writeString(HASHES, h.toString(), StandardCharsets.UTF_8);
        for (Map.Entry<String, Map<String, String>> e : parameters.entrySet()) {
            StringBuilder p = new StringBuilder();
            p.append("# summary.json parameters of ").append(e.getKey()).append(" (run.seed left out; see GoldenOutputsTest)\n");
            e.getValue().forEach((k, v) -> p.append(k).append(" = ").append(v).append('\n'));
            Files.writeString(GOLDEN.resolve("parameters-" + e.getKey() + ".txt"), p.toString(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> readHashes() throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(HASHES, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                m.put(line.substring(line.indexOf("  ") + 2), line.substring(0, line.indexOf("  ")));
            }
        }
        return m;
    }

    private static Map<String, String> readParameters(String name) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line : Files.readAllLines(GOLDEN.resolve("parameters-" + name + ".txt"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int eq = line.indexOf(" = ");
                m.put(line.substring(0, eq), line.substring(eq + 3));
            }
        }
        return m;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is always available", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Test
    void theSplitKeepsEverythingButTheVersionAndTheParameters() {
        String json = "{\n  \"scenario\": \"x\",\n  \"program\": {\n    \"name\": \"ceasefire\",\n    \"version\": \"9\"\n  },\n"
                + "  \"seed\": 1,\n  \"parameters\": {\n    \"run.seed\": 1,\n    \"a.b\": \"c: d\",\n    \"p\": [\n      [1, 2],\n      [3, 4]\n    ]\n  },\n  \"files\": []\n}";
        Split s = split(json);
        assertEquals("{\n  \"scenario\": \"x\",\n  \"seed\": 1,\n  \"files\": []\n}\n", s.rest());
        assertEquals(Map.of("run.seed", "1", "a.b", "\"c: d\"", "p", "[ [1, 2] [3, 4] ]"), s.parameters());
    }
}
