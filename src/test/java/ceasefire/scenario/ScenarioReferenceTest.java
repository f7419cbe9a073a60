package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ceasefire.TestFiles;
import ceasefire.scenario.yaml.YamlNode;
import ceasefire.scenario.yaml.YamlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/SCENARIO.md in step with the code. The page's key tables (header row starting with
 * {@code | Key |}) list one key path per row, in backticks, in the first column; list indices
 * are written {@code [i]}, legend characters {@code <char>}, region names {@code <name>}, and
 * side B's keys under {@code sides.A}. This test checks that every key the binder reads is
 * documented and every documented key exists, that documented defaults and ranges are the
 * code's, that the page's minimal example is a valid scenario, and that the error messages the
 * page quotes are the ones the program prints.
 */
class ScenarioReferenceTest {

    private static final Path DOC = TestFiles.root().resolve("docs/SCENARIO.md");

    /** Keys the binder reads as raw YAML, so they never show up among the parameters. */
    private static final Set<String> RAW_KEYS = Set.of("map.rows", "timeline[i].set", "timeline[i].scale");

    /**
     * A small scenario that uses every optional construct the shipped scenarios do not: rows as
     * a list, posts as a list, units on explicit cells, and every timeline action (both forms
     * of reinforce and withdraw). Keys read only inside those constructs are checked through it.
     */
    private static final String EVERY_CONSTRUCT = """
            name: Every construct
            run: {seed: 3, days: 40, stop_on_collapse: true, start_date: 2024-01-01}
            map:
              cell_km: 2
              legend:
                ".": {terrain: open, control: A, label: "A plain"}
                ",": {terrain: rough, control: A}
                "^": {terrain: mountain, control: A}
                "o": {terrain: urban, control: A}
                "-": {terrain: road, control: A}
                ":": {terrain: open, control: B}
                "p": {terrain: open, control: peacekeeping}
                "b": {terrain: open, control: buffer}
                "~": {terrain: water, control: neutral}
                "_": {terrain: open, control: neutral}
              rows:
                - "^^,,..pp::::::::"
                - "^o,...pp::::::::"
                - "-------bb:::::::"
                - "......pp:::~::::"
                - "......pp::~~::::"
                - "______pp________"
              regions:
                hill: {x: 0, y: 0, width: 2, height: 2, label: the hill}
                crossing: {cells: [[7, 2], [8, 2]]}
            sides:
              A:
                name: Red
                weapons:
                  drones: {range: 20, lethality: 4, stock: 10}
                units:
                  - {kind: infantry, count: 4, strength: 90, region: A, line_distance: [0, 1]}
                  - {kind: artillery, cells: [[0, 4]]}
                  - {kind: drone_team, count: 1, region: hill}
              B:
                name: Blue
                units:
                  - {kind: infantry, count: 4, region: B, line_distance: [0, 1]}
                  - {kind: artillery, count: 1, region: B, line_distance: [4, 9]}
            peacekeepers:
              troops: 200
              posts: [[6, 1], [7, 4]]
              mandate: interpose
            timeline:
              - day: 5
                title: Attention drifts
                set: {sides.A.ambition: 0.6}
                scale: {mediator.attention: 0.5}
              - day: 6
                reinforce: {side: B, kind: infantry, count: 2, strength: 80, region: B, line_distance: [1, 3]}
              - day: 7
                reinforce: {side: A, kind: infantry, cells: [[2, 4]]}
              - day: 8
                reinforce: {peacekeepers: 100}
              - day: 9
                withdraw: {side: A, kind: infantry, count: 1, from: A}
              - day: 10
                withdraw: {peacekeepers: 50}
              - day: 11
                advance: {side: A, kind: infantry, units: 2, to: crossing, post: true}
              - day: 12
                strike: {side: A, weapon: drones, at: B, strikes: 1}
              - day: 13
                talks: true
              - day: 14
                recommit: true
              - day: 15
                recommit: {verification: 0.8, hotline: 0.5, duration: 90, hostility_cut: 0.4}
              - day: 16
                shock: {side: B, hostility: 0.2, grievance: 0.1}
            """;

    private static final Pattern KEY_CELL = Pattern.compile("`([^`]+)`");
    private static final Pattern LITERAL = Pattern.compile("`([^`]*)`");
    private static final Pattern RANGE = Pattern.compile("`([\\[(])\\s*([-0-9.]+)\\s*,\\s*([-0-9.]+)\\s*([\\])])`");

    /** One row of a key table. */
    private record Row(String key, String type, String unit, String range, String defaultValue, int line) {

        boolean placeholder() {
            return key.contains("[i]") || key.contains("<");
        }

        boolean wholeNumber() {
            return type.contains("whole number");
        }
    }

    private static String docText;
    private static List<Row> rows;
    private static String minimalExample;
    private static Scenario minimal;

    @BeforeAll
    static void readThePage() throws IOException {
        docText = Files.readString(DOC);
        rows = keyRows(docText);
        minimalExample = firstYamlBlock(docText);
        minimal = bind(minimalExample, "minimal.yaml");
    }

    // ---------------------------------------------------------------- keys

    @Test
    void everyKeyTheBinderReadsIsDocumented() throws IOException {
        Set<String> documented = documentedKeys();
        Set<String> missing = new TreeSet<>(readKeys());
        missing.addAll(RAW_KEYS);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), () -> "keys the binder reads but docs/SCENARIO.md does not document "
                + "(add a row to a key table): " + missing);
    }

    @Test
    void everyDocumentedKeyIsRead() throws IOException {
        Set<String> extra = new TreeSet<>(documentedKeys());
        extra.removeAll(readKeys());
        extra.removeAll(RAW_KEYS);
        assertTrue(extra.isEmpty(), () -> "docs/SCENARIO.md documents keys the binder does not read "
                + "(misspelt, removed, or used by no scenario the test binds): " + extra);
    }

    @Test
    void everyKeyOfATimelineEventIsDocumentedAndExercised() throws ScenarioException {
        // The binder lists the keys valid in an event when it meets an unknown one: that list is
        // every action it understands, including ones no shipped scenario uses yet.
        String probe = minimalExample + "timeline:\n  - day: 1\n    title: probe\n    no_such_key: 1\n";
        List<Problem> problems = problemsOf(probe, Overrides.none());
        Problem unknown = problems.stream().filter(p -> p.path().equals("timeline[0].no_such_key")).findFirst()
                .orElseThrow(() -> new AssertionError("no unknown-key problem in " + problems));
        Matcher m = Pattern.compile("valid keys here: ([^)]*)\\)").matcher(unknown.message());
        assertTrue(m.find(), unknown::format);
        Set<String> documented = documentedKeys();
        for (String key : m.group(1).split(",\\s*")) {
            String path = "timeline[i]." + key;
            assertTrue(documented.contains(path) || documented.stream().anyMatch(d -> d.startsWith(path + ".")),
                    () -> "timeline event key '" + key + "' is not documented in docs/SCENARIO.md");
        }

        // Every kind of action must also be exercised by EVERY_CONSTRUCT, so that the keys read
        // inside it are checked by the two tests above.
        Set<Class<?>> used = new LinkedHashSet<>();
        for (EventSpec e : bind(EVERY_CONSTRUCT, "every-construct.yaml").timeline()) {
            e.actions().forEach(a -> used.add(a.getClass()));
        }
        for (Class<?> kind : EventAction.class.getPermittedSubclasses()) {
            assertTrue(used.contains(kind), () -> "EVERY_CONSTRUCT in this test uses no " + kind.getSimpleName()
                    + " event; add one so that its keys are checked against docs/SCENARIO.md");
        }
    }

    // ---------------------------------------------------------------- the parameter registry

    /** Documented plain keys that are the scenario's structure, not declared parameters. */
    private static final Set<String> STRUCTURE = Set.of("map.rows");

    @Test
    void everyDeclaredParameterIsDocumentedAsTheRegistryDeclaresIt() {
        Map<String, Row> byKey = new java.util.HashMap<>();
        for (Row row : rows) {
            byKey.put(row.key(), row);
        }
        List<String> wrong = new ArrayList<>();
        for (ParameterSpec p : ParameterRegistry.all()) {
            if (p.path().startsWith("sides.B.")) {
                continue; // the page documents side B's keys under sides.A
            }
            String expected = docRow(p);
            Row row = byKey.get(p.path());
            String actual = row == null ? null : "| `" + row.key() + "` | " + row.type() + " | " + row.unit() + " | " + row.range()
                    + " | " + row.defaultValue() + " | " + meaningOf(row) + " |";
            if (!expected.equals(actual)) {
                wrong.add((row == null ? "missing row" : "line " + row.line()) + "; the registry says:\n" + expected
                        + (actual == null ? "" : "\n  the page says:\n" + actual));
            }
        }
        assertTrue(wrong.isEmpty(), () -> "docs/SCENARIO.md differs from scenario/ParameterRegistry (paste the registry's row, "
                + "or change the declaration):\n" + String.join("\n", wrong));
        for (Row row : rows) {
            if (!row.placeholder() && !STRUCTURE.contains(row.key()) && ParameterRegistry.find(row.key()).isEmpty()) {
                wrong.add(row.key() + " (line " + row.line() + ")");
            }
        }
        assertTrue(wrong.isEmpty(), () -> "documented keys that ParameterRegistry does not declare: " + wrong);
    }

    /** A parameter's row in a key table, as the registry describes it. */
    static String docRow(ParameterSpec p) {
        return "| `" + p.path() + "` | " + p.type().word() + " | " + (p.unit().isEmpty() ? "—" : p.unit()) + " | " + p.rangeText()
                + " | " + p.defaultText() + " | " + p.description() + " |";
    }

    private static String meaningOf(Row row) {
        String line = docText.split("\n", -1)[row.line() - 1].strip();
        List<String> c = cells(line);
        return c.get(5);
    }

    // ---------------------------------------------------------------- defaults and ranges

    @Test
    void documentedDefaultsAreTheCodesDefaults() throws ScenarioException {
        YamlNode written = YamlText.parse(minimalExample, "minimal.yaml");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Matcher m = LITERAL.matcher(row.defaultValue());
            if (row.placeholder() || !m.matches() || isWritten(written, row.key())) {
                continue;
            }
            Object actual = minimal.parameters().get(row.key());
            if (!minimal.parameters().containsKey(row.key())) {
                wrong.add(row.key() + " (line " + row.line() + "): documented default " + m.group(1) + " but the key is not read");
            } else if (!sameValue(m.group(1), actual)) {
                wrong.add(row.key() + " (line " + row.line() + "): documented default " + m.group(1) + ", code default " + actual);
            }
            checked++;
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        // Guards the check itself: the page documents over ninety literal defaults.
        assertTrue(checked >= 80, "only " + checked + " defaults were checked; has the table format changed?");
    }

    @Test
    void documentedRangesAreTheCodesRanges() throws ScenarioException {
        ScenarioDocument document = ScenarioDocument.parse(minimalExample, "minimal.yaml");
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Matcher m = RANGE.matcher(row.range());
            if (row.placeholder() || !m.matches()) {
                continue;
            }
            boolean lowInclusive = m.group(1).equals("[");
            boolean highInclusive = m.group(4).equals("]");
            double low = Double.parseDouble(m.group(2));
            double high = Double.parseDouble(m.group(3));
            double stepLow = row.wholeNumber() ? 1 : Math.max(1, Math.abs(low)) * 1e-9;
            double stepHigh = row.wholeNumber() ? 1 : Math.max(1, Math.abs(high)) * 1e-9;
            // Just outside each end must be refused; each included end must be accepted.
            expect(document, row, lowInclusive ? low - stepLow : low, false, wrong);
            expect(document, row, highInclusive ? high + stepHigh : high, false, wrong);
            if (lowInclusive) {
                expect(document, row, low, true, wrong);
            }
            if (highInclusive) {
                expect(document, row, high, true, wrong);
            }
            checked++;
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(checked >= 70, "only " + checked + " ranges were checked; has the table format changed?");
    }

    private static void expect(ScenarioDocument document, Row row, double value, boolean accepted, List<String> wrong) {
        String text = row.wholeNumber() ? Long.toString((long) value) : Double.toString(value);
        List<Problem> problems;
        try {
            document.bind(Overrides.fromValues(Map.of(row.key(), text), "--set", 0));
            problems = List.of();
        } catch (ScenarioException e) {
            problems = e.problems();
        }
        // Other keys may object to an extreme value (posts that no longer fit, say); only a
        // complaint about this key's own range counts.
        boolean refused = problems.stream().anyMatch(p -> p.path().equals(row.key())
                && (!accepted || p.message().contains("is outside") || p.message().startsWith("expected")));
        if (refused == accepted) {
            wrong.add(row.key() + " (line " + row.line() + ", range " + row.range() + "): " + text + " was "
                    + (accepted ? "refused: " + problems : "accepted"));
        }
    }

    // ---------------------------------------------------------------- examples

    @Test
    void theMinimalExampleIsAValidScenario() {
        assertNotNull(minimal);
        assertEquals(2, minimal.peacekeepers().posts().size(), "the prose says two posts");
        assertEquals(6, minimal.a().unitCount());
        assertEquals(6, minimal.b().unitCount());
    }

    @Test
    void theShippedScenariosBind() throws IOException {
        // Guards readKeys(): a scenario that no longer loads would silently drop its keys.
        assertFalse(scenarioFiles().isEmpty());
        for (Path file : scenarioFiles()) {
            assertNotNull(TestFiles.load(file));
        }
    }

    @Test
    void theErrorMessagesThePageQuotesAreTheProgramsOwn() throws ScenarioException {
        String broken = minimalExample
                .replace("    name: West\n", "    name: West\n    hostilty: 0.3\n    discipline: 1.4\n")
                .replace("terrain: rough", "terrain: hills")
                .replace("troops: 120", "troops: lots");
        String broken3 = minimalExample.replace("region: B, line", "region: east, line")
                + "timeline:\n  - day: 120\n    title: The envoy loses interest\n    set:\n      mediator.atention: 0.2\n";
        String broken5 = minimalExample + "timeline:\n  - day: 60\n    title: The envoy loses interest\n    set:\n"
                + "      mediator.atention: 0.2\n      sides.B.discipline: 1.2\n";
        List<Problem> all = new ArrayList<>();
        all.addAll(expectProblems(broken, "broken.yaml", Overrides.none(), 4));
        all.addAll(expectProblems(broken3, "broken3.yaml", Overrides.none(), 3));
        all.addAll(expectProblems(broken5, "broken5.yaml", Overrides.none(), 2));
        all.addAll(expectProblems(minimalExample, "minimal.yaml",
                Overrides.parse(List.of("peacekeepers.troops=-5", "sides.A.units.0.cout=4")), 2));
        for (Problem p : all) {
            assertTrue(docText.contains(p.format() + "\n"), () -> "docs/SCENARIO.md should quote this message as printed:\n" + p.format());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Problem> expectProblems(String text, String label, Overrides overrides, int count) {
        List<Problem> problems = problemsOf(text, overrides, label);
        assertEquals(count, problems.size(), () -> label + ": " + problems);
        return problems;
    }

    private static List<Problem> problemsOf(String text, Overrides overrides) {
        return problemsOf(text, overrides, "probe.yaml");
    }

    private static List<Problem> problemsOf(String text, Overrides overrides, String label) {
        try {
            ScenarioDocument.parse(text, label).bind(overrides);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    private static Scenario bind(String text, String label) {
        try {
            return ScenarioDocument.parse(text, label).bind();
        } catch (ScenarioException e) {
            throw new AssertionError(label + " should be a valid scenario but:\n" + e.getMessage(), e);
        }
    }

    private static List<Path> scenarioFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(TestFiles.scenarios())) {
            list.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        files.add(TestFiles.tiny());
        return files;
    }

    /** Every parameter path read from the shipped scenarios, the page's example and EVERY_CONSTRUCT, normalised. */
    private static Set<String> readKeys() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            scenarios.add(TestFiles.load(file));
        }
        scenarios.add(minimal);
        scenarios.add(bind(EVERY_CONSTRUCT, "every-construct.yaml"));
        Set<String> keys = new TreeSet<>();
        for (Scenario s : scenarios) {
            for (String path : s.parameters().keySet()) {
                keys.add(normalise(path));
            }
        }
        return keys;
    }

    /** {@code sides.B.units[3].count} -> {@code sides.A.units[i].count}; legend and region names -> placeholders. */
    static String normalise(String path) {
        String p = path.replaceAll("\\[\\d+]", "[i]");
        if (p.startsWith("sides.B.")) {
            p = "sides.A." + p.substring("sides.B.".length());
        }
        // A legend key is one character, possibly a dot, so the field is what follows the last dot.
        for (String[] prefix : new String[][] {{"map.legend.", "<char>"}, {"map.regions.", "<name>"}}) {
            if (p.startsWith(prefix[0])) {
                p = prefix[0] + prefix[1] + p.substring(p.lastIndexOf('.'));
            }
        }
        return p;
    }

    private static Set<String> documentedKeys() {
        Set<String> keys = new TreeSet<>();
        for (Row row : rows) {
            assertTrue(keys.add(row.key()), () -> "docs/SCENARIO.md line " + row.line() + ": " + row.key() + " is documented twice");
        }
        return keys;
    }

    /** Rows of every table whose header starts with "| Key |". */
    private static List<Row> keyRows(String text) {
        List<Row> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean inKeyTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|")) {
                inKeyTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (!inKeyTable) {
                inKeyTable = cells.get(0).equals("Key");
                if (inKeyTable) {
                    assertEquals(List.of("Key", "Type", "Unit", "Range", "Default", "Meaning"), cells, "key table header at line " + (i + 1));
                }
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            int lineNo = i + 1;
            assertEquals(6, cells.size(), () -> "docs/SCENARIO.md line " + lineNo + ": a key row needs 6 columns: " + cells);
            Matcher m = KEY_CELL.matcher(cells.get(0));
            assertTrue(m.matches(), () -> "docs/SCENARIO.md line " + lineNo + ": the first column must be one key path in backticks");
            out.add(new Row(m.group(1), cells.get(1), cells.get(2), cells.get(3), cells.get(4), lineNo));
        }
        assertFalse(out.isEmpty(), "no key tables found in docs/SCENARIO.md");
        return out;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    private static String firstYamlBlock(String text) {
        int start = text.indexOf("```yaml\n");
        if (start < 0) {
            fail("docs/SCENARIO.md has no ```yaml block (the minimal example)");
        }
        int from = start + "```yaml\n".length();
        int end = text.indexOf("```", from);
        return text.substring(from, end);
    }

    /** Whether a plain dotted path is written in the YAML tree (so its default is not in effect). */
    private static boolean isWritten(YamlNode root, String path) {
        YamlNode node = root;
        for (String segment : path.split("\\.")) {
            if (!node.isSection()) {
                return false;
            }
            YamlNode next = null;
            for (YamlNode.Entry t : node.entries()) {
                if (t.key().isScalar() && t.key().text().equals(segment)) {
                    next = t.value();
                }
            }
            if (next == null) {
                return false;
            }
            node = next;
        }
        return true;
    }

    private static boolean sameValue(String documented, Object actual) {
        if (actual instanceof Number n) {
            try {
                return Double.parseDouble(documented) == n.doubleValue();
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return documented.equals(String.valueOf(actual));
    }
}
