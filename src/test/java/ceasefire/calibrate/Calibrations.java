package ceasefire.calibrate;

import ceasefire.TestFiles;
import ceasefire.model.ConflictModel;
import ceasefire.model.DayRecord;
import ceasefire.model.RunObserver;
import ceasefire.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Test helpers for calibrations: a silent listener and a calibration of the test line to a series it generated. */
public final class Calibrations {

    /** A listener that hears nothing. */
    public static final Calibration.Listener SILENT = new Calibration.Listener() {
        @Override
        public void phase(String name, int evaluations, int runsPerEvaluation) {
        }

        @Override
        public void run() {
        }

        @Override
        public void evaluated(double objective, double best, boolean reused) {
        }
    };

    /** The test scenario: a small busy line, opportunity 0.2, side B's aggressiveness 0.5. */
    public static final Path SCENARIO = TestFiles.root().resolve("src/test/resources/calibration/line.yaml");

    private Calibrations() {
    }

    /** Weekly incidents by side B of one run of the test scenario as written (the true values), on {@code seed}. */
    public static String generated(long seed) {
        Scenario s = TestFiles.load(SCENARIO);
        double[] weeks = new double[s.run().days() / 7];
        ConflictModel m = new ConflictModel(s, seed);
        m.addObserver(new RunObserver() {
            @Override
            public void day(DayRecord r) {
                if (r.step() / 7 < weeks.length) {
                    weeks[r.step() / 7] += r.incidentsB();
                }
            }
        });
        m.run();
        StringBuilder sb = new StringBuilder("week,count\n");
        for (int w = 0; w < weeks.length; w++) {
            sb.append(LocalDate.of(2020, 1, 6).plusWeeks(w)).append(',').append((long) weeks[w]).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes weeks.csv (generated on {@code generatingSeed}) and fit.yaml into {@code dir}: fit
     * dynamics.opportunity (log) and sides.B.aggressiveness, last 4 weeks held out, 4 replications.
     */
    public static Path file(Path dir, long generatingSeed, String method, int budget) throws IOException {
        return file(dir, generatingSeed, method, budget, "  - {path: dynamics.opportunity, min: 0.02, max: 1.0, scale: log}\n"
                + "  - {path: sides.B.aggressiveness, min: 0.1, max: 1.0}\n");
    }

    /** The same with the given {@code parameters:} lines. */
    public static Path file(Path dir, long generatingSeed, String method, int budget, String parameters) throws IOException {
        Files.writeString(dir.resolve("weeks.csv"), generated(generatingSeed));
        return Files.writeString(dir.resolve("fit.yaml"), "scenario: " + SCENARIO + "\n"
                + "observed: {file: weeks.csv, period: weekly, date_column: week, count_column: count}\n"
                + "mapping: {metric: incidents_b}\n"
                + "parameters:\n" + parameters
                + "held_out: {last: 4}\n"
                + "replications: 4\nseed: 7\nmethod: " + method + "\nbudget: " + budget + "\nparticles: 12\n");
    }
}
