package ceasefire.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small bad calibration file per kind of mistake, each message with file, line and key. */
class CalibrationFileTest {

    @TempDir
    Path tmp;

    static final String SCENARIO = TestFiles.root().resolve("src/test/resources/calibration/line.yaml").toString();

    private Path series(String text) throws IOException {
        return Files.writeString(tmp.resolve("weeks.csv"), text);
    }

    private static String goodSeries() {
        StringBuilder sb = new StringBuilder("week,count\n");
        java.time.LocalDate d = java.time.LocalDate.of(2020, 1, 6);
        for (int i = 0; i < 20; i++) {
            sb.append(d.plusWeeks(i)).append(',').append(10 + i % 3).append('\n');
        }
        return sb.toString();
    }

    private Path calibration(String parameters, String extra) throws IOException {
        return Files.writeString(tmp.resolve("cal.yaml"), "scenario: " + SCENARIO + "\n"
                + "observed: {file: weeks.csv, period: weekly, date_column: week, count_column: count}\n"
                + "mapping: {metric: incidents}\n"
                + "parameters:\n" + parameters
                + extra);
    }

    private String problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationFile.load(file, null));
        return e.getMessage();
    }

    @Test
    void aGoodFileLoadsWithThePeriodsMappedOntoTheRun() throws IOException, ScenarioException {
        series(goodSeries());
        Path f = calibration("  - {path: dynamics.opportunity, min: 0.05, max: 0.8, scale: log}\n", "held_out: {last: 3}\nbudget: 5\n");
        CalibrationSpec c = assertDoesNotThrowLoad(f);
        assertEquals(20, c.observed().size());
        assertEquals(0, c.firstDay()[0], "the series starts on the run's start date");
        assertEquals(140, c.daysNeeded(), "20 weeks");
        assertEquals(3, java.util.stream.IntStream.range(0, 20).filter(i -> c.heldOut()[i]).count());
        assertEquals(5, c.budget());
        assertEquals(7, CalibrationFile.load(f, 7).budget(), "--budget wins");
    }

    private static CalibrationSpec assertDoesNotThrowLoad(Path f) {
        try {
            return CalibrationFile.load(f, null);
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void unknownParameterPathAndReversedBounds() throws IOException {
        series(goodSeries());
        Path f = calibration("  - {path: dynamics.oportunity, min: 0.05, max: 0.8}\n"
                + "  - {path: sides.B.aggressiveness, min: 0.9, max: 0.1}\n", "");
        String m = problems(f);
        assertTrue(m.contains(f + ":5: parameters[0].path: dynamics.oportunity: no such parameter; did you mean 'dynamics.opportunity'?"), m);
        assertTrue(m.contains(f + ":6: parameters[1].max: min (0.9) must be below max (0.1)"), m);
    }

    @Test
    void aSeriesWithBadRowsOrDatesOrGaps() throws IOException {
        series("week,count\n2020-01-06,3\n2020-01-13,many\n2020-13-01,4\n2020-01-27,-2\n2020-02-10,5\n");
        Path f = calibration("  - {path: dynamics.opportunity, min: 0.05, max: 0.8}\n", "");
        String m = problems(f);
        String s = tmp.resolve("weeks.csv").toString();
        assertTrue(m.contains(s + ":3: count: expected a count (a number, 0 or more), got 'many'"), m);
        assertTrue(m.contains(s + ":4: week: expected a date YYYY-MM-DD, got '2020-13-01'"), m);
        assertTrue(m.contains(s + ":5: count: expected a count (a number, 0 or more), got '-2'"), m);
        assertTrue(m.contains(s + ":6: week: '2020-02-10' does not follow 2020-01-27; periods must be consecutive weekly periods in order"), m);
    }

    @Test
    void periodsOutsideTheRunAreReportedAtTheirLines() throws IOException {
        series(goodSeries());
        Path f = calibration("  - {path: dynamics.opportunity, min: 0.05, max: 0.8}\n", "").resolveSibling("cal.yaml");
        Files.writeString(f, Files.readString(f).replace("mapping: {metric: incidents}", "mapping: {metric: incidents, start: 2020-02-03}"));
        String m = problems(f);
        String s = tmp.resolve("weeks.csv").toString();
        assertTrue(m.contains(s + ":2: count: period 2020-01-06 is outside the run (2020-02-03 plus 168 days, to 2020-07-19); change mapping.start at "
                + f + ":3"), m);
    }

    @Test
    void unknownKeysMetricsMethodsAndHeldOutPeriods() throws IOException {
        series(goodSeries());
        Path f = calibration("  - {path: dynamics.opportunity, min: 0.05, max: 0.8, scale: logarithmic}\n",
                "held_out: [2020-01-06, 2019-01-01]\nmethod: cma\nreplication: 3\n");
        Files.writeString(f, Files.readString(f).replace("metric: incidents", "metric: incident"));
        String m = problems(f);
        assertTrue(m.contains(f + ":3: mapping.metric: 'incident' is not one of"), m);
        assertTrue(m.contains("did you mean 'incidents'?"), m);
        assertTrue(m.contains(f + ":5: parameters[0].scale: 'logarithmic' is not one of linear, log"), m);
        assertTrue(m.contains(f + ":6: held_out: '2019-01-01' is not a period of"), m);
        assertTrue(m.contains(f + ":7: method: 'cma' is not one of cmaes, nelder_mead, abc_smc"), m);
        assertTrue(m.contains(f + ":8: replication: unknown key; did you mean 'replications'?"), m);
    }

    @Test
    void aMissingSeriesFileIsTheCalibrationFilesMistake() throws IOException {
        Path f = calibration("  - {path: dynamics.opportunity, min: 0.05, max: 0.8}\n", "");
        String m = problems(f);
        assertTrue(m.contains(f + ":2: observed.file: 'weeks.csv': no such file"), m);
    }

    @Test
    void aScenarioGivenForACalibrationIsSaidToBeOne() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationFile.load(Path.of(SCENARIO), null));
        assertEquals(SCENARIO + ":1: is a scenario file, not a calibration file (which names a scenario, observed, mapping and parameters; "
                + "see docs/CALIBRATION.md)", e.problems().get(0).format());
    }
}
