package ceasefire.calibrate;

import ceasefire.model.ConflictModel;
import ceasefire.model.DayRecord;
import ceasefire.model.RunObserver;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.RunSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.YamlText;
import ceasefire.sweep.design.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Runs a candidate's replications and sums the mapped metric over each observed period. Every
 * candidate runs on the same seeds (common random numbers: replication r always has seed r of the
 * calibration's seed, by the sweeps' seed rule), so the objective is a deterministic function of
 * the parameters and two candidates differ by their parameters, not their luck. All runs of a
 * batch of candidates go to one pool of threads at once.
 */
public final class Simulator implements AutoCloseable {

    /** Daily figures a calibration can map onto an observed series, as timeseries.csv names them. */
    public static final List<String> METRICS = metricNames();

    private final CalibrationSpec spec;
    private final ExecutorService pool;
    private final long[] seeds;
    private final int[] periodOfDay;
    private final ToDoubleFunction<DayRecord> metric;

    public Simulator(CalibrationSpec spec, int threads) {
        this.spec = spec;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "calibrate-worker");
            t.setDaemon(true);
            return t;
        });
        seeds = seedSet(0);
        periodOfDay = new int[spec.daysNeeded()];
        java.util.Arrays.fill(periodOfDay, -1);
        int[] first = spec.firstDay();
        int[] end = spec.endDay();
        for (int p = 0; p < first.length; p++) {
            for (int d = first[p]; d < end[p]; d++) {
                periodOfDay[d] = p;
            }
        }
        metric = metric(spec.metric());
    }

    /**
     * Seed set {@code set} of the calibration's seed, replication by replication: set 0 is the one
     * every candidate runs on; the others (seeds set x replications + r) measure the objective's noise.
     */
    long[] seedSet(int set) {
        Seeds s = new Seeds(spec.seed());
        long[] out = new long[spec.replications()];
        for (int r = 0; r < out.length; r++) {
            out[r] = s.seed((long) set * out.length + r);
        }
        return out;
    }

    /** The scenario of a candidate: the base scenario with the fitted parameters set to {@code values}. */
    public Scenario scenario(double[] values) throws ScenarioException {
        List<ParameterOverride> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            list.add(new ParameterOverride(p.path(), YamlText.parseValue(p.text(values[i]), spec.label()), spec.label(), p.line(), ""));
        }
        Scenario s = spec.document().bind(Overrides.of(list));
        return s.withRun(new RunSpec(s.run().seed(), spec.daysNeeded(), s.run().stopOnCollapse(), s.run().startDate()));
    }

    /**
     * Runs every candidate's replications (on {@code seeds}), all at once on the pool; returns per
     * candidate the counts {@code [replication][period]}. {@code done} hears each finished run.
     */
    public List<double[][]> simulate(List<double[]> candidates, long[] seeds, Runnable done) throws ScenarioException, InterruptedException {
        List<List<Future<double[]>>> futures = new ArrayList<>();
        for (double[] c : candidates) {
            Scenario s = scenario(c);
            List<Future<double[]>> f = new ArrayList<>();
            for (long seed : seeds) {
                f.add(pool.submit(() -> {
                    double[] counts = run(s, seed);
                    done.run();
                    return counts;
                }));
            }
            futures.add(f);
        }
        List<double[][]> out = new ArrayList<>();
        try {
            for (List<Future<double[]>> f : futures) {
                double[][] m = new double[f.size()][];
                for (int r = 0; r < m.length; r++) {
                    m[r] = f.get(r).get();
                }
                out.add(m);
            }
        } catch (ExecutionException e) {
            for (List<Future<double[]>> f : futures) {
                f.forEach(x -> x.cancel(true));
            }
            throw new IllegalStateException("a model run failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    /** {@link #simulate(List, long[], Runnable)} on the calibration's own seeds. */
    public List<double[][]> simulate(List<double[]> candidates, Runnable done) throws ScenarioException, InterruptedException {
        return simulate(candidates, seeds, done);
    }

    private double[] run(Scenario s, long seed) {
        double[] counts = new double[spec.observed().size()];
        ConflictModel model = new ConflictModel(s, seed);
        model.addObserver(new RunObserver() {
            @Override
            public void day(DayRecord record) {
                int d = record.step();
                if (d < periodOfDay.length && periodOfDay[d] >= 0) {
                    counts[periodOfDay[d]] += metric.applyAsDouble(record);
                }
            }
        });
        model.run();
        return counts;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static List<String> metricNames() {
        List<String> m = new ArrayList<>(List.of("incidents", "incidents_a", "incidents_b", "detected", "casualties", "casualties_a",
                "casualties_b"));
        for (IncidentType t : IncidentType.values()) {
            m.add("incidents_" + t.id());
        }
        return List.copyOf(m);
    }

    static ToDoubleFunction<DayRecord> metric(String name) {
        switch (name) {
            case "incidents" -> {
                return DayRecord::incidents;
            }
            case "incidents_a" -> {
                return DayRecord::incidentsA;
            }
            case "incidents_b" -> {
                return DayRecord::incidentsB;
            }
            case "detected" -> {
                return DayRecord::detected;
            }
            case "casualties" -> {
                return r -> r.casualtiesA() + r.casualtiesB();
            }
            case "casualties_a" -> {
                return DayRecord::casualtiesA;
            }
            case "casualties_b" -> {
                return DayRecord::casualtiesB;
            }
            default -> {
                for (IncidentType t : IncidentType.values()) {
                    if (name.equals("incidents_" + t.id())) {
                        return r -> r.incidents(0, t) + r.incidents(1, t);
                    }
                }
                throw new IllegalArgumentException("no metric '" + name + "'");
            }
        }
    }
}
