package ceasefire.calibrate;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.sweep.design.ValueSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A checked calibration file: which scenario, which observed series and how the model's daily
 * output maps onto it, which parameters to fit within which bounds, which periods to hold out,
 * and how to search. See docs/CALIBRATION.md.
 *
 * @param firstDay    model day on which each observed period starts (day 0 = {@code start})
 * @param heldOut     per period, whether it is left out of the fit (to test it)
 * @param statistics  weights of the optional summary statistics, by name (empty: none)
 * @param budget      candidate evaluations the search may spend (each runs {@code replications} runs)
 */
public record CalibrationSpec(String name, Path file, String label, Path scenarioFile, ScenarioDocument document, Scenario base,
                              ObservedSeries observed, String metric, LocalDate start, int[] firstDay, int[] endDay,
                              List<FitParameter> parameters, boolean[] heldOut, int replications, long seed, Method method, int budget,
                              Objective objective, Map<String, Double> statistics, int particles) {

    /** How the parameter space is searched. */
    public enum Method {
        CMAES("cmaes"), NELDER_MEAD("nelder_mead"), ABC_SMC("abc_smc");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The distance between the observed series and the replications. */
    public enum Objective {
        RMSE_LOG("rmse_log"), NB_DEVIANCE("nb_deviance");

        private final String id;

        Objective(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** Summary statistics the objective may add, in the order docs/CALIBRATION.md lists them. */
    public static final List<String> STATISTICS = List.of("level", "dispersion", "autocorrelation");

    /**
     * A parameter to fit, searched between {@code min} and {@code max} (on a log scale when
     * {@code log}); {@code integer} when the scenario holds a whole number there (values are rounded).
     */
    public record FitParameter(String path, double min, double max, boolean log, boolean integer, int line) {

        public FitParameter {
            Objects.requireNonNull(path, "path");
            if (!(min < max)) {
                throw new IllegalArgumentException("min must be below max");
            }
        }

        /** The value at {@code u} in [0, 1] of the (log) range: a sweep's range's value, rounded when {@code integer}. */
        public double value(double u) {
            double v = new ValueSet.Range(min, max, log, integer, line).value(u);
            return integer ? Math.round(v) : v;
        }

        /** Where {@code v} lies in [0, 1] of the (log) range. */
        public double unit(double v) {
            return log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
        }

        /** The value as YAML text for an override. */
        public String text(double v) {
            return integer ? Long.toString(Math.round(v)) : Double.toString(v).toLowerCase(Locale.ROOT);
        }
    }

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        statistics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statistics));
        heldOut = heldOut.clone();
        firstDay = firstDay.clone();
        endDay = endDay.clone();
    }

    @Override
    public boolean[] heldOut() {
        return heldOut.clone();
    }

    @Override
    public int[] firstDay() {
        return firstDay.clone();
    }

    @Override
    public int[] endDay() {
        return endDay.clone();
    }

    /** Days the model must run to cover every observed period. */
    public int daysNeeded() {
        return endDay[endDay.length - 1];
    }
}
