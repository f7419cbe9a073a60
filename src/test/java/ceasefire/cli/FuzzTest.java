package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.ScenarioDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of everything a user can hand the program (issue 11): scenario and sweep
 * files mutated at random, in their syntax and in their values, and {@code --set} paths and values.
 * The property, for every case: exit code 0 or 2 (never 1, an internal fault), no stack trace,
 * every message names the file (or {@code --set}) and, for a YAML error, the line, and the command
 * ends within {@link #BOUND}.
 *
 * <p>A plain seeded generator on JUnit Jupiter, no property-testing library: each case is drawn
 * from its own seed, which a failure prints. {@code fuzz.tries} cases per property: 100 in
 * {@code mvn verify} (the POM's default), {@code mvn test -Dtest=FuzzTest -Dfuzz.tries=10000} is the
 * long run the README reports; {@code -Dfuzz.seed=S} replays a whole run, {@code -Dfuzz.case=C}
 * one case.</p>
 */
class FuzzTest {

    /** Longest any one case may take; the slowest seen in the long run is in the README. */
    static final Duration BOUND = Duration.ofSeconds(10);

    private static final Pattern SUMMARY = Pattern.compile(
            "([\\d,]+ problems? found\\.|\\.\\.\\. and [\\d,]+ more \\(only the first \\d+ are shown\\)|\\d+ of \\d+ files? had problems\\.)");

    private static final List<Path> SCENARIOS = List.of(TestFiles.tiny(), TestFiles.scenarios().resolve("stable-baseline.yaml"),
            TestFiles.flagship());
    private static final List<Path> SWEEPS = List.of(sweep("grid.yaml"), sweep("lhs.yaml"), sweep("two-by-three.yaml"),
            sweep("sobol.yaml"));

    /** Characters a mutation inserts: YAML's own syntax, quotes, control characters, non-ASCII, digits. */
    private static final String NOISE = ":[]{},&*!|>'\"#%@`-? \t\n\r\u0000\u0007\u001b\u0085\u00e9\u2028\ufeffx0123456789.eE+";
    /** Values a mutation writes in place of one: the edges of every type the loader reads. */
    private static final List<String> VALUES = List.of("0", "-1", "1", "0.5", "1.5", "-0.0", "1e309", "-1e309", "1e-320", ".nan", ".inf", "-.inf",
            "99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "0x1F", "0o17", "1_000", "true", "yes", "~", "null", "",
            "''", "\"\"", "[]", "{}", "[1, 2]", "{a: 1}", "A", "B", "peacekeeping", "buffer", "2022-02-30", "2022-13-01", "1990-01-01",
            "&a x", "*a", "!!str 5", "!!int x", "!!java.net.URL [http://x]", "\"\\e[31m\"", "\"a\\nb\"", "'", "\"", "- 1", "? x", "| \n  x",
            "x".repeat(300), "[" + "1, ".repeat(200) + "1]");

    private static Path work;

    private static Path sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name);
    }

    private static synchronized Path work() {
        if (work == null) {
            try {
                work = Files.createTempDirectory("ceasefire-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return work;
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (work != null) {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            work = null;
        }
    }

    // ------------------------------------------------------------------ properties

    /** One case of a property, drawn from its seed. */
    @FunctionalInterface
    private interface Case {
        /** Returns the exit code after checking the property. */
        int run(long seed) throws Exception;
    }

    /**
     * Runs {@code fuzz.tries} cases (or only {@code fuzz.case}), each from its own seed, and prints
     * how they ended: the share of each exit code and the slowest case, so a run shows what it did.
     */
    private static void cases(String property, Case c) throws Exception {
        int tries = Integer.getInteger("fuzz.tries", 100);
        long base = Long.getLong("fuzz.seed", System.nanoTime());
        SplittableRandom seeds = new SplittableRandom(base);
        Long only = Long.getLong("fuzz.case");
        Map<Integer, Integer> exits = new TreeMap<>();
        long slowest = 0;
        long slowestSeed = 0;
        for (int i = 0; i < (only == null ? tries : 1); i++) {
            long seed = only == null ? seeds.nextLong() : only;
            long start = System.nanoTime();
            int exit;
            try {
                exit = c.run(seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(property + ": case " + (i + 1) + " of " + tries + " failed; replay it with -Dfuzz.case=" + seed
                        + " (the whole run with -Dfuzz.seed=" + base + "):\n" + e.getMessage(), e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestSeed = seed;
            }
            exits.merge(exit, 1, Integer::sum);
        }
        System.out.println("FuzzTest." + property + ": " + (only == null ? tries : 1) + " cases (fuzz.seed " + base + "), exit codes "
                + exits + ", slowest " + slowest + " ms (case " + slowestSeed + ")");
    }

    /** How one kind of case changes a file's text. */
    @FunctionalInterface
    private interface Mutation {
        String apply(String text, Random random);
    }

    /** A case: one of the scenarios, changed by {@code mutation}, validated. */
    private static int scenarioCase(String prefix, long seed, Mutation mutation) throws IOException {
        Random random = new Random(seed);
        String text = Files.readString(SCENARIOS.get(random.nextInt(SCENARIOS.size())));
        Path file = write(prefix + "-" + Long.toHexString(seed) + ".yaml", mutation.apply(text, random));
        return check(file.toString(), "validate", file.toString());
    }

    @Test
    void mutatedScenarioFilesAreValidOrBadInputNeverAFault() throws Exception {
        cases("mutatedScenarioFiles", seed -> scenarioCase("scenario", seed, (t, r) -> mutateText(t, r, 1 + r.nextInt(6))));
    }

    @Test
    void scenariosWithRandomValuesAreValidOrBadInputNeverAFault() throws Exception {
        cases("scenariosWithRandomValues", seed -> scenarioCase("values", seed, (t, r) -> mutateValues(t, r, 1 + r.nextInt(8))));
    }

    @Test
    void mutatedSweepFilesAreValidOrBadInputNeverAFault() throws Exception {
        cases("mutatedSweepFiles", seed -> {
            Random random = new Random(seed);
            Path original = SWEEPS.get(random.nextInt(SWEEPS.size()));
            // The scenario is named by its absolute path, so that the mutated copy can live anywhere.
            String text = Files.readString(original).replace("../scenarios/tiny.yaml", TestFiles.tiny().toString());
            int mutations = 1 + random.nextInt(5);
            text = random.nextBoolean() ? mutateText(text, random, mutations) : mutateValues(text, random, mutations);
            Path file = write("sweep-" + Long.toHexString(seed) + ".yaml", text);
            return check(file.toString(), "validate", file.toString());
        });
    }

    @Test
    void setPathsAndValuesAreValidOrBadInputNeverAFault() throws Exception {
        cases("setPathsAndValues", seed -> {
            Random random = new Random(seed);
            List<String> paths = knownPaths();
            List<String> args = new ArrayList<>(List.of("run", TestFiles.tiny().toString(), "--steps", "3", "--no-charts", "--quiet",
                    "--force", "--out", work().resolve("set-run").toString()));
            for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                String path = paths.get(random.nextInt(paths.size()));
                switch (random.nextInt(5)) {
                    case 0 -> path = mutateText(path, random, 1).strip();
                    case 1 -> path = path.replaceFirst("\\[\\d+]", "[" + VALUES.get(random.nextInt(VALUES.size())) + "]");
                    case 2 -> path = path + "." + path;
                    default -> { }
                }
                String value = random.nextInt(3) == 0 ? mutateText(VALUES.get(random.nextInt(VALUES.size())), random, 1)
                        : VALUES.get(random.nextInt(VALUES.size()));
                args.add("--set");
                args.add(random.nextInt(20) == 0 ? path : path + "=" + value);
            }
            return check("--set", args.toArray(String[]::new));
        });
    }

    // ------------------------------------------------------------------ the property itself

    /**
     * Runs the command and checks the property; {@code source} is what each message must start
     * with (the file, or "--set" and the scenario for overrides).
     */
    private static int check(String source, String... args) {
        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.run(args), () -> "took over " + BOUND + ": " + describe(args));
        assertTrue(r.exit() == 0 || r.exit() == 2, () -> "exit " + r.exit() + " for " + describe(args) + "\n" + r.err());
        assertTrue(r.noStackTrace(), () -> "a stack trace for " + describe(args) + "\n" + r.err());
        if (r.exit() == 2) {
            for (String line : r.err().lines().toList()) {
                if (SUMMARY.matcher(line).matches()) {
                    continue;
                }
                boolean named = line.startsWith(source + ":") || line.startsWith("--") || line.startsWith(TestFiles.tiny() + ":")
                        || line.startsWith("ceasefire ") || (source.equals("--set") && line.startsWith(TestFiles.root().toString()));
                assertTrue(named, () -> "a message that names no file: '" + line + "' for " + describe(args) + "\n" + r.err());
                if (line.contains("YAML syntax error") || line.contains("YAML error") || line.contains("is not UTF-8")
                        || line.contains("characters long")) {
                    assertTrue(line.matches("^[^:]*:\\d+: .*") || line.startsWith("--"),
                            () -> "a YAML error without its line: '" + line + "'\n" + r.err());
                }
            }
        }
        return r.exit();
    }

    private static String describe(String... args) {
        StringBuilder sb = new StringBuilder(String.join(" ", args));
        for (String a : args) {
            if (a.endsWith(".yaml") && a.startsWith(work().toString())) {
                try {
                    sb.append("\n--- ").append(a).append(" ---\n").append(Files.readString(Path.of(a)));
                } catch (IOException e) {
                    sb.append(" (unreadable: ").append(e.getMessage()).append(')');
                }
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ mutations

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(work().resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Text mutations: lines deleted, doubled, swapped or re-indented; characters inserted, replaced; a cut. */
    static String mutateText(String text, Random random, int count) {
        StringBuilder s = new StringBuilder(text);
        for (int k = 0; k < count && !s.isEmpty(); k++) {
            List<String> lines = new ArrayList<>(List.of(s.toString().split("\n", -1)));
            int i = random.nextInt(lines.size());
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = random.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3 -> lines.set(i, " ".repeat(random.nextInt(6)) + lines.get(i).strip());
                case 4 -> lines.add(i, " ".repeat(2 * random.nextInt(4)) + "k" + random.nextInt(50) + ": "
                        + VALUES.get(random.nextInt(VALUES.size())));
                default -> {
                    String joined = String.join("\n", lines);
                    StringBuilder t = new StringBuilder(joined);
                    int at = random.nextInt(t.length() + 1);
                    switch (random.nextInt(4)) {
                        case 0 -> t.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                        case 1 -> {
                            if (at < t.length()) {
                                t.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
                            }
                        }
                        case 2 -> t.setLength(at);
                        default -> t.insert(at, VALUES.get(random.nextInt(VALUES.size())));
                    }
                    s = t;
                    continue;
                }
            }
            s = new StringBuilder(String.join("\n", lines));
        }
        return s.toString();
    }

    private static final Pattern SCALAR = Pattern.compile("(?m)(:\\s+|-\\s+|\\[|,\\s*)([A-Za-z0-9_.\\-]+)(?=\\s*(?:$|,|]|}|#))");

    /** Value mutations: scalars of the document replaced by edge values, keeping the structure. */
    static String mutateValues(String text, Random random, int count) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SCALAR.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
        }
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder s = new StringBuilder(text);
        List<int[]> chosen = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            chosen.add(spans.get(random.nextInt(spans.size())));
        }
        chosen.sort(Comparator.comparingInt((int[] a) -> a[0]).reversed());
        int last = Integer.MAX_VALUE;
        for (int[] span : chosen) {
            if (span[1] > last) {
                continue;
            }
            String value = VALUES.get(random.nextInt(VALUES.size()));
            s.replace(span[0], span[1], value.contains("\n") ? "x" : value);
            last = span[0];
        }
        return s.toString();
    }

    /** Every parameter path the tiny scenario reads, for {@code --set}. */
    private static synchronized List<String> knownPaths() {
        if (known == null) {
            try {
                known = List.copyOf(ScenarioDocument.load(TestFiles.tiny()).bind().parameters().keySet());
            } catch (ceasefire.scenario.ScenarioException e) {
                throw new AssertionError(e);
            }
        }
        return known;
    }

    private static List<String> known;
}
