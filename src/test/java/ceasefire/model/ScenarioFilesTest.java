package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario shipped in scenarios/ validates, says what it shows, and runs 50 days; every
 * calibration file in scenarios/calibration/ validates.
 */
class ScenarioFilesTest {

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.scenarios())) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(list.size() >= 3, "the flagship, the baseline and the collapse scenario at least");
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void validatesAndRunsFiftyDays(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("#"), "each scenario starts with a comment saying what it shows");
        Scenario loaded = TestFiles.load(file);
        // Run the full 50 days even where the scenario would stop at a collapse.
        Scenario s = loaded.withRun(new ceasefire.scenario.RunSpec(loaded.run().seed(), 50, false, loaded.run().startDate()));
        Runs.Result r = Runs.run(s);
        assertEquals(50, r.log().days().size());
        assertEquals(50, r.summary().daysRun());
        assertFalse(r.log().narrative().isEmpty() && r.log().incidents().isEmpty() && s.timeline().isEmpty()
                && r.summary().peakEscalation() == 0, "a run produces something to look at");
    }

    static Stream<Path> calibrations() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.scenarios().resolve("calibration"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(list.isEmpty(), "the Kashmir worked example at least");
            return list.stream();
        }
    }

    /** Calibration files are validated as calibrations (scenario, series and parameters), not run as scenarios. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("calibrations")
    void calibrationFilesValidate(Path file) throws Exception {
        assertTrue(Files.readString(file).startsWith("#"), "each calibration starts with a comment saying what it fits");
        assertTrue(ceasefire.calibrate.CalibrationFile.isCalibration(file));
        try {
            ceasefire.calibrate.CalibrationSpec c = ceasefire.calibrate.CalibrationFile.load(file, null);
            assertFalse(c.parameters().isEmpty());
        } catch (ceasefire.scenario.ScenarioException e) {
            throw new AssertionError("calibration should be valid but:\n" + e.getMessage(), e);
        }
    }
}
