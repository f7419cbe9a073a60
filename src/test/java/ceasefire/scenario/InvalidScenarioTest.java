package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small invalid scenario per kind of mistake (src/test/resources/scenarios/invalid), each
 * giving exactly the message a user should read: file, line, key path and what was expected.
 */
class InvalidScenarioTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("syntax-error", 10, "", "YAML syntax error: expected ',' or '}'"),
                Arguments.of("unknown-key", 25, "sides.A.agressiveness", "unknown key; did you mean 'aggressiveness'?"),
                Arguments.of("wrong-type", 36, "mediator.attention", "expected a number in [0, 1], got 'high'"),
                Arguments.of("probability-out-of-range", 25, "sides.A.discipline", "1.4 is outside [0, 1]"),
                Arguments.of("negative-count", 31, "sides.B.units[0].count", "expected a whole number of at least 0, got -3"),
                Arguments.of("unequal-rows", 15, "map.rows[1]", "row y = 1 has 11 cells but the first row (y = 0) has 12"),
                Arguments.of("undefined-legend", 18, "map.rows", "character 'Q' (first at x = 2, y = 4) is not defined in map.legend"),
                Arguments.of("unit-outside-map", 27, "sides.A.units[1].cells", "cell (20,5) is outside the 12x6 map"),
                Arguments.of("unit-on-water", 27, "sides.A.units[1].cells", "cell (11,5) is water, which units cannot hold"),
                Arguments.of("unknown-zone", 44, "rules.no_zone_entry.zones", "unknown zone 'bufer'; did you mean 'buffer'?"),
                Arguments.of("unknown-region", 26, "sides.A.units[0].region", "'hills' is not a zone or region; did you mean 'hill'?"),
                Arguments.of("event-after-last-day", 38, "timeline[0].day", "day 30 is after the last day of the run (day 29"),
                Arguments.of("event-bad-path", 41, "timeline[0].set.sides.A.agressivness", "no such parameter; did you mean 'sides.A.aggressiveness'?"),
                Arguments.of("duplicate-key", 37, "mediator.attention", "appears twice in the same section"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWithFileLineAndKey(String name, int line, String path, String message) {
        Path file = TestFiles.testScenario("invalid/" + name + ".yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.load(file).bind());
        assertEquals(1, e.problems().size(), () -> "exactly one problem expected, got:\n" + e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals(file.toString(), p.source());
        assertEquals(line, p.line(), () -> "line of: " + p.format());
        assertEquals(path, p.path(), () -> "path of: " + p.format());
        assertTrue(p.message().startsWith(message), () -> "message was: " + p.message());
        assertTrue(p.format().startsWith(file + ":" + line + ": "), p::format);
    }

    @Test
    void postsOnImpassableGroundOrOffTheMapAreBothReported() {
        Path file = TestFiles.testScenario("invalid/post-misplaced.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.load(file).bind());
        assertEquals(List.of(file + ":34: peacekeepers.posts: post (11,5) is on water, where no post can stand",
                file + ":34: peacekeepers.posts: post (30,1) is outside the 12x6 map"),
                e.problems().stream().map(Problem::format).toList());
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String text = TestFiles.read(TestFiles.tiny())
                .replace("  attention: 0.9", "  attention: 1.9\n  effectivness: 0.5")
                .replace("    name: Red\n", "    name: Red\n    retaliation: maybe\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "many.yaml").bind());
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("sides.A.retaliation", "mediator.attention", "mediator.effectivness"), paths, e::getMessage);
    }

    @Test
    void aMissingFileIsAProblemNotAnException() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.load(Path.of("no/such/file.yaml")));
        assertEquals("no/such/file.yaml: file not found", e.problems().get(0).format());
    }

    @Test
    void aSetPathThatDoesNotExistIsNamedWithASuggestion() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioDocument.load(TestFiles.tiny()).bind(Overrides.parse(List.of("peacekeepers.trops=500"))));
        assertEquals("--set: peacekeepers.trops: no such parameter; did you mean 'peacekeepers.troops'?", e.problems().get(0).format());
    }

    @Test
    void aSetValueIsCheckedLikeAFileValue() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioDocument.load(TestFiles.tiny()).bind(Overrides.parse(List.of("mediator.attention=2"))));
        assertEquals("--set: mediator.attention: 2 is outside [0, 1]", e.problems().get(0).format());
    }

    @Test
    void malformedSetArgumentsAreRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Overrides.parse(List.of("attention", "x..y=1")));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).message().contains("not of the form path=value"));
    }

    @Test
    void setMessagesKeepTheDocumentedFormEvenForAnEmptyValueOrAWholeMap() {
        ScenarioException empty = assertThrows(ScenarioException.class, () -> Overrides.parse(List.of("mediator.attention=")));
        assertEquals("--set: mediator.attention: has no value after '=' (e.g. mediator.attention=0.5)", empty.problems().get(0).format());
        ScenarioException rows = assertThrows(ScenarioException.class,
                () -> ScenarioDocument.load(TestFiles.tiny()).bind(Overrides.parse(List.of("map.rows=x"))));
        assertTrue(rows.problems().get(0).format().startsWith("--set: map.rows: "), rows.problems().get(0).format());
    }

    @Test
    void artilleryStartingNearTheLineBreaksTheHeavyWeaponsRule() {
        String text = TestFiles.read(TestFiles.tiny()).replace("  no_heavy_weapons_near_line: {distance: 3}", "  no_heavy_weapons_near_line: {distance: 4}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "t.yaml").bind());
        assertTrue(e.getMessage().contains("artillery at (0,5) is 4 cells from the line of contact"), e::getMessage);
    }

    @Test
    void eventsMayNotChangeWhatOnlyDefinesTheStart() {
        String text = TestFiles.read(TestFiles.tiny()).replace("      sides.A.aggressiveness: 0.9", "      run.days: 10");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "t.yaml").bind());
        assertTrue(e.getMessage().contains("timeline[0].set.run.days: cannot change during a run"), e::getMessage);
    }

    @Test
    void anEmptyFileSaysWhatAScenarioNeeds() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse("", "empty.yaml").bind());
        assertTrue(e.getMessage().contains("the file is empty"), e::getMessage);
    }

    @Test
    void aMapThatNeverLetsTheSidesMeetHasNoLineOfContact() {
        String text = TestFiles.read(TestFiles.tiny()).replace("pp", "~~");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioDocument.parse(text, "t.yaml").bind());
        assertTrue(e.getMessage().contains("map: has no line of contact"), e::getMessage);
    }
}
