package ceasefire.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.facts.FactsTable;
import ceasefire.facts.RunSeries;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/CALIBRATION.md and docs/FACTS.md name every key, method, objective, metric, output and figure the code has. */
class CalibrationReferenceTest {

    private static final String CALIBRATION = TestFiles.read(TestFiles.root().resolve("docs/CALIBRATION.md"));
    private static final String FACTS = TestFiles.read(TestFiles.root().resolve("docs/FACTS.md"));

    @Test
    void everyKeyOfTheCalibrationFileIsInTheExample() {
        for (String key : CalibrationFile.KEYS) {
            assertTrue(CALIBRATION.contains("\n" + key + ":"), key);
        }
        for (String key : List.of("file:", "period:", "date_column:", "count_column:", "metric:", "start:", "scale: log")) {
            assertTrue(CALIBRATION.contains(key), key);
        }
    }

    @Test
    void everyMethodObjectiveStatisticMetricAndFileIsDocumented() {
        for (CalibrationSpec.Method m : CalibrationSpec.Method.values()) {
            assertTrue(CALIBRATION.contains("`" + m.id() + "`"), m.id());
        }
        for (CalibrationSpec.Objective o : CalibrationSpec.Objective.values()) {
            assertTrue(CALIBRATION.contains("`" + o.id() + "`"), o.id());
        }
        for (String s : CalibrationSpec.STATISTICS) {
            assertTrue(CALIBRATION.contains("`" + s + "`"), s);
        }
        for (String m : Simulator.METRICS) {
            assertTrue(CALIBRATION.contains("`" + m + "`") || m.startsWith("incidents_") && CALIBRATION.contains("`incidents_<type>`"), m);
        }
        for (String f : Calibration.FILES) {
            assertTrue(CALIBRATION.contains("| `" + f + "` |"), f);
        }
        for (String c : Calibration.CHARTS) {
            assertTrue(CALIBRATION.contains("| `charts/" + c + ".png` |"), c);
        }
    }

    @Test
    void everyFigureOfFactsIsDefined() {
        double[] days = new double[70];
        Arrays.fill(days, 1);
        RunSeries r = new RunSeries("x", days, days, days, null, List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 35)));
        for (FactsTable.Row row : FactsTable.of(List.of(r))) {
            assertTrue(FACTS.contains("`" + row.figure() + "`"), row.figure());
        }
    }
}
