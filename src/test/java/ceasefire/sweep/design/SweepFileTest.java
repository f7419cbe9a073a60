package ceasefire.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.SweepTestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of mistake in a sweep file is reported with file, line, key and what was expected, before anything runs. */
class SweepFileTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("missing-scenario.yaml", 2, "scenario", "is missing; expected the base scenario file"),
                Arguments.of("scenario-not-found.yaml", 1, "scenario", "'../../scenarios/nowhere.yaml': file not found"),
                Arguments.of("unknown-key.yaml", 4, "replication", "unknown key; did you mean 'replications'?"),
                Arguments.of("unknown-metric.yaml", 5, "metrics", "unknown metric 'colapsed'; did you mean 'collapsed'?"),
                Arguments.of("unknown-parameter.yaml", 3, "vary.mediator.atention", "no such parameter; did you mean 'mediator.attention'?"),
                Arguments.of("value-out-of-range.yaml", 5, "vary.mediator.attention", "1.5 is outside [0, 1] (design point 1: mediator.attention=1.5)"),
                Arguments.of("range-without-steps.yaml", 3, "vary.mediator.attention", "a grid needs a finite list of values: add steps"),
                Arguments.of("range-on-boolean.yaml", 3, "vary.rules.no_zone_entry.enabled", "is true or false, not a number, so it has no range"),
                Arguments.of("single-value.yaml", 3, "vary.mediator.attention", "has a single value; put it under fixed:"),
                Arguments.of("fixed-and-varied.yaml", 5, "vary.mediator.attention", "is also under fixed (line 3)"),
                Arguments.of("seed-in-fixed.yaml", 3, "fixed.run.seed", "seeds are set per run from the sweep's seed"),
                Arguments.of("samples-missing.yaml", 1, "samples", "is missing; a latin_hypercube design needs the number of samples"),
                Arguments.of("samples-on-grid.yaml", 4, "samples", "applies to latin_hypercube and sobol designs"),
                Arguments.of("replications-zero.yaml", 4, "replications", "got 0"),
                Arguments.of("min-above-max.yaml", 3, "vary.mediator.attention", "min (0.8) must be below max (0.2)"),
                Arguments.of("unknown-design.yaml", 4, "design", "'latin_hypercub' is not one of grid, latin_hypercube, sobol; did you mean 'latin_hypercube'?"),
                Arguments.of("duplicate-value.yaml", 3, "vary.peacekeepers.troops", "'100' is listed twice"),
                Arguments.of("sampled-out-of-range.yaml", 3, "vary.mediator.attention", "of 12 design points have this problem)"),
                Arguments.of("bad-fixed-value.yaml", 3, "fixed.sides.A.discipline", "1.4 is outside [0, 1]"),
                Arguments.of("unknown-range-key.yaml", 3, "vary.mediator.attention.step", "unknown key; did you mean 'steps'?"),
                Arguments.of("log-from-zero.yaml", 3, "vary.peacekeepers.troops.min", "a log scale needs min > 0, got 0"),
                Arguments.of("repeated-whole-numbers.yaml", 3, "vary.peacekeepers.troops.steps", "5 steps between 1 and 3 repeat the whole number 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsReportedWhereItIs(String file, int line, String path, String message) {
        Path sweep = SweepTestFiles.invalid(file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(sweep));
        String expected = sweep + ":" + line + ": " + path + ": ";
        assertTrue(e.problems().stream().map(Problem::format).anyMatch(p -> p.startsWith(expected) && p.contains(message)),
                "expected '" + expected + "..." + message + "' among:\n" + e.getMessage());
    }

    @Test
    void aDeclaredWholeNumberWithNoLimitByDefaultCanStillBeARange(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        // A stock is "unlimited" until given; the registry says it is a whole number, so it has a range.
        Path file = tmp.resolve("stock.yaml");
        java.nio.file.Files.writeString(file, "scenario: " + TestFiles.tiny() + "\nvary:\n"
                + "  sides.A.weapons.drones.stock: {min: 0, max: 10, steps: 3}\nreplications: 1\n");
        Sweep sweep = SweepFile.load(file);
        assertEquals(Parameter.Kind.INTEGER, sweep.spec().parameters().get(0).kind());
        assertEquals(3, sweep.plan().points());
    }

    @Test
    void aMisspeltDesignDoesNotAlsoComplainAboutItsSamples() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(SweepTestFiles.invalid("unknown-design.yaml")));
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void independentMistakesAreAllReportedInOnePass() {
        // unknown-key.yaml also lacks replications; value-out-of-range-like mistakes need binding.
        ScenarioException e = assertThrows(ScenarioException.class, () -> SweepFile.load(SweepTestFiles.invalid("unknown-key.yaml")));
        assertTrue(e.getMessage().contains("replications: is missing"), e.getMessage());
        assertTrue(e.getMessage().contains("replication: unknown key"), e.getMessage());
    }

    @Test
    void commandLineCountsAreCheckedToo() {
        ScenarioException grid = assertThrows(ScenarioException.class,
                () -> SweepFile.load(SweepTestFiles.sweep("grid.yaml"), new SweepFile.Settings(null, 20, 1), (done, total) -> { }));
        assertTrue(grid.getMessage().contains("--samples: applies to latin_hypercube and sobol designs"), grid.getMessage());
        ScenarioException zero = assertThrows(ScenarioException.class,
                () -> SweepFile.load(SweepTestFiles.sweep("grid.yaml"), new SweepFile.Settings(0, null, 1), (done, total) -> { }));
        assertTrue(zero.getMessage().contains("--replications: 0 is outside [1, 1000000]"), zero.getMessage());
    }

    @Test
    void sweepsAreToldFromScenariosByTheirTopLevelKeys() {
        assertTrue(SweepFile.isSweep(SweepTestFiles.sweep("grid.yaml")));
        assertTrue(SweepFile.isSweep(SweepTestFiles.invalid("missing-scenario.yaml")), "vary alone marks a sweep");
        assertFalse(SweepFile.isSweep(TestFiles.tiny()));
        assertFalse(SweepFile.isSweep(TestFiles.flagship()));
        assertFalse(SweepFile.isSweep(Path.of("no/such/file.yaml")));
    }

    @Test
    void theShippedExampleSweepsAreValid() throws Exception {
        for (String name : List.of("peacekeepers-vs-mediator.yaml", "doctrine-lhs.yaml")) {
            Sweep s = SweepFile.load(TestFiles.scenarios().resolve("sweeps").resolve(name));
            assertTrue(s.plan().runs() >= 200 && s.plan().runs() <= 1000, name + ": small enough for a few minutes on two cores");
            assertTrue(s.spec().description().length() > 20, name + " says what it is for");
        }
    }

    @Test
    void theBaseSeedDefaultsToTheScenariosAndMetricsToTheDefaultSet() {
        Sweep s = SweepTestFiles.load("defaults.yaml");
        assertEquals(42, s.spec().seed(), "tiny.yaml's run.seed");
        assertEquals(Metrics.DEFAULT, s.spec().metrics());
        assertEquals("defaults", s.spec().name(), "named after the file");
    }

    @Test
    void metricNamesAreExactlyThoseOfARunsSummary() {
        ceasefire.model.RunSummary r = new ceasefire.model.ConflictModel(TestFiles.load(TestFiles.tiny())).run();
        assertEquals(List.copyOf(r.metrics().keySet()), Metrics.all());
        assertTrue(Metrics.all().containsAll(Metrics.DEFAULT));
    }
}
