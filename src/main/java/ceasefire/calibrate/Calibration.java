package ceasefire.calibrate;

import ceasefire.Version;
import ceasefire.charts.CalibrationCharts;
import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import ceasefire.output.FigureSpec;
import ceasefire.output.Figures;
import ceasefire.output.Json;
import ceasefire.output.Num;
import ceasefire.output.Report;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Hashing;
import ceasefire.sweep.statistics.Stats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Fits a scenario's parameters to an observed series (docs/CALIBRATION.md): searches the
 * parameters' box with CMA-ES, Nelder-Mead or ABC-SMC, each candidate run on the same seeds;
 * then measures how noisy the objective is at the best point (on other seeds), profiles the
 * objective along each parameter through the best point, and writes trace.csv, best.yaml,
 * fit.csv, profile.csv, posterior.csv (ABC-SMC), summary.json and the charts.
 *
 * <p>Every evaluation is appended to trace.csv as it finishes. The search is deterministic (fixed
 * seeds for the runs and for the optimiser's own random numbers), so {@code --resume} replays it:
 * evaluations already in the trace are read back instead of run again, and the search carries on
 * from where it stopped with the same result as an uninterrupted one.
 */
public final class Calibration {

    /** The file that marks a directory as a calibration's (with the hashes of its inputs). */
    public static final String MARKER = "calibration.json";
    /** Format name written in the marker. */
    public static final String FORMAT = "ceasefire-calibration";
    /** Every file a calibration writes, besides charts/ (docs/CALIBRATION.md lists them; --force deletes what the folder's record lists). */
    public static final List<String> FILES = List.of(MARKER, "trace.csv", "best.yaml", "fit.csv", "profile.csv", "posterior.csv",
            "summary.json", Report.FILE);
    /** The charts under charts/, by file name without extension (each written in the formats asked for). */
    public static final List<String> CHARTS = List.of("fit", "objective", "profile");
    /** Seed sets, besides the calibration's own, on which the best point is evaluated again to measure the objective's noise. */
    static final int NOISE_SETS = 4;
    /** Evenly spaced points of each parameter's range in its profile (besides points near the best). */
    static final int PROFILE_POINTS = 9;

    /** Hears progress (on the calling thread for evaluations, on worker threads for runs). */
    public interface Listener {
        /** A new phase with this many evaluations (search, noise, profile, best). */
        void phase(String name, int evaluations, int runsPerEvaluation);

        /** A model run finished (any thread). */
        void run();

        /** An evaluation finished; {@code reused} when it came from the trace of an earlier session (not run again). */
        void evaluated(double objective, double best, boolean reused);
    }

    /** What a calibration found. */
    public record Result(Path dir, double[] best, double objective, Map<String, double[]> intervals, int evaluations, int reused,
                         double rmseFitted, double rmseHeldOut, double coverageFitted, double coverageHeldOut, List<String> files) {
    }

    private final CalibrationSpec spec;
    private final Path dir;
    private final int threads;
    private final Listener listener;
    private final FigureSpec figures;
    private final boolean report;
    private final List<String> columns;
    private final Map<String, double[]> cache = new HashMap<>();
    /** Keys of the cache read from an earlier session's trace (what a resume does not run again). */
    private final java.util.Set<String> fromTrace = new java.util.HashSet<>();
    private final boolean[] fitted;
    private final double[] observed;
    private Map<String, Double> spread = Map.of();
    private CSVPrinter trace;
    private BufferedWriter traceWriter;
    private int evaluation;
    private int reused;
    private String phase = "search";
    private double bestObjective = Double.POSITIVE_INFINITY;
    /** The design effect of the best point's runs on other seeds (1 until measured). */
    private double designEffect = 1;
    private double[] bestValues;
    private final List<double[]> searchTrace = new ArrayList<>();
    /** Every candidate evaluated in this session (search and profile), with its objective last. */
    private final List<double[]> evaluated = new ArrayList<>();

    /** A calibration writing PNG charts at their own size and report.html. */
    public Calibration(CalibrationSpec spec, Path dir, int threads, Listener listener) {
        this(spec, dir, threads, listener, FigureSpec.DEFAULT, true);
    }

    /**
     * @param figures the charts' formats, size and resolution
     * @param report  whether to write report.html (rewritten at the end of every session, a resumed one too)
     */
    public Calibration(CalibrationSpec spec, Path dir, int threads, Listener listener, FigureSpec figures, boolean report) {
        this.spec = spec;
        this.dir = dir;
        this.threads = threads;
        this.listener = listener;
        this.figures = figures;
        this.report = report;
        List<String> c = new ArrayList<>(List.of("evaluation", "phase"));
        spec.parameters().forEach(p -> c.add(p.path()));
        c.addAll(List.of("objective", "rmse_log", "deviance", "coverage90"));
        this.columns = List.copyOf(c);
        boolean[] held = spec.heldOut();
        fitted = new boolean[held.length];
        for (int i = 0; i < held.length; i++) {
            fitted[i] = !held[i];
        }
        observed = spec.observed().counts();
    }

    /** The marker's content: what the directory holds and the hashes of the inputs a resume must match. */
    public static Map<String, Object> marker(CalibrationSpec spec) throws ScenarioException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("format_version", 1);
        m.put("name", spec.name());
        m.put("calibration_file", spec.label());
        m.put("calibration_sha256", Hashing.sha256(spec.file()));
        m.put("scenario_file", spec.scenarioFile().toString());
        m.put("scenario_sha256", Hashing.sha256(spec.scenarioFile()));
        m.put("observed_file", spec.observed().file());
        m.put("observed_sha256", Hashing.sha256(Path.of(spec.observed().file())));
        m.put("program_version", Version.get());
        return m;
    }

    /**
     * Runs the calibration into {@code dir} (prepared by the caller: empty, or holding an earlier
     * session of the same calibration to resume from).
     */
    public Result run() throws IOException, ScenarioException, InterruptedException {
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve(MARKER), Json.write(marker(spec)));
        readTrace();
        Path traceFile = dir.resolve("trace.csv");
        boolean fresh = !Files.exists(traceFile) || Files.size(traceFile) == 0;
        if (!fresh) {
            rewriteTraceWithoutTornLine(traceFile);
        }
        ceasefire.output.OutputFolder.willWrite(traceFile); // on the folder's record, when calibrate opens one, before it exists
        traceWriter = Files.newBufferedWriter(traceFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        trace = fresh ? CsvOut.printer(traceWriter, columns) : new CSVPrinter(traceWriter, CsvOut.FORMAT);
        try (Simulator sim = new Simulator(spec, threads)) {
            return calibrate(sim);
        } finally {
            trace.close();
        }
    }

    private Result calibrate(Simulator sim) throws IOException, ScenarioException, InterruptedException {
        int k = spec.parameters().size();
        double[] centre = new double[k];
        java.util.Arrays.fill(centre, 0.5);
        if (!spec.statistics().isEmpty()) {
            // Pilot: the spread of each statistic over the replications at the centre of the box.
            phase = "pilot";
            listener.phase("pilot", 1, spec.replications());
            double[][] m = sim.simulate(List.of(values(centre)), listener::run).get(0);
            Map<String, Double> s = new LinkedHashMap<>();
            for (String stat : spec.statistics().keySet()) {
                s.put(stat, Fit.spread(Fit.statistics(stat, m, fitted)));
            }
            spread = s;
        }
        phase = "search";
        listener.phase("search", spec.budget(), spec.replications());
        AbcSmc.Result abc = null;
        switch (spec.method()) {
            case CMAES -> cmaes(sim, k);
            case NELDER_MEAD -> nelderMead(sim, k);
            case ABC_SMC -> abc = AbcSmc.run(k, spec.particles(), spec.budget(), new MersenneTwister(spec.seed()),
                    points -> evaluate(sim, points.stream().map(this::values).toList()));
        }
        double[] best = bestValues.clone();

        // How noisy is the objective at the best point? The same candidate on other seeds.
        phase = "noise";
        listener.phase("noise", NOISE_SETS, spec.replications());
        double[] noise = new double[NOISE_SETS + 1];
        noise[0] = bestObjective;
        List<double[][]> other = new ArrayList<>();
        for (int j = 1; j <= NOISE_SETS; j++) {
            other.addAll(sim.simulate(List.of(best), sim.seedSet(j), listener::run));
        }
        for (int j = 1; j <= NOISE_SETS; j++) {
            noise[j] = objective(other.get(j - 1));
            listener.evaluated(noise[j], bestObjective, false);
        }
        double[][] noiseRuns = other.stream().flatMap(java.util.Arrays::stream).toArray(double[][]::new);
        designEffect = Fit.designEffect(noiseRuns, fitted, spec.objective() == CalibrationSpec.Objective.RMSE_LOG);
        double tolerance = tolerance(noise, designEffect);

        // Profiles through the best point.
        phase = "profile";
        List<double[]> points = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            double ub = p.unit(best[i]);
            java.util.TreeSet<Double> us = new java.util.TreeSet<>();
            for (int g = 0; g < PROFILE_POINTS; g++) {
                us.add(g / (double) (PROFILE_POINTS - 1));
            }
            for (double d : new double[] {-0.1, -0.05, -0.02, 0.02, 0.05, 0.1}) {
                if (ub + d > 0 && ub + d < 1) {
                    us.add(ub + d);
                }
            }
            for (double u : us) {
                double[] v = best.clone();
                v[i] = p.value(u);
                points.add(v);
                owner.add(i);
            }
        }
        listener.phase("profile", points.size(), spec.replications());
        double[] prof = evaluate(sim, points);
        Map<String, double[]> intervals = new LinkedHashMap<>();
        List<List<double[]>> profiles = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<double[]> pts = new ArrayList<>();
            for (int j = 0; j < points.size(); j++) {
                if (owner.get(j) == i) {
                    pts.add(new double[] {points.get(j)[i], prof[j]});
                }
            }
            pts.add(new double[] {best[i], bestObjective});
            pts.sort(java.util.Comparator.comparingDouble(a -> a[0]));
            profiles.add(pts);
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            double[] slice = profileInterval(pts, best[i], bestObjective + tolerance, p.min(), p.max());
            // A slice holds the other parameters at their best, which is too narrow when parameters
            // trade off; every candidate the search evaluated within the tolerance widens it to the
            // projection of the region the search explored.
            for (double[] e : evaluated) {
                if (e[k] <= bestObjective + tolerance) {
                    slice[0] = Math.min(slice[0], e[i]);
                    slice[1] = Math.max(slice[1], e[i]);
                }
            }
            intervals.put(p.path(), slice);
        }
        if (abc != null) {
            // With ABC-SMC the posterior gives the intervals: its 2.5% and 97.5% quantiles.
            for (int i = 0; i < k; i++) {
                CalibrationSpec.FitParameter p = spec.parameters().get(i);
                double[] m = AbcSmc.marginal(abc.particles(), i);
                intervals.put(p.path(), new double[] {p.value(Stats.quantile(m, 0.025)), p.value(Stats.quantile(m, 0.975))});
            }
        }

        // The best candidate once more, to draw its band.
        phase = "best";
        listener.phase("best", 1, spec.replications());
        double[][] bestSim = sim.simulate(List.of(best), listener::run).get(0);
        trace.flush();
        return write(sim, best, bestSim, intervals, tolerance, noise, profiles, abc);
    }

    /** 95% quantile of chi-square with one degree of freedom: the profile-likelihood cut for one parameter. */
    static final double CHI2_95 = 3.841458820694124;

    /**
     * How far above the best objective a value still fits as well, from the best point's objectives
     * {@code noise} (on the calibration's seeds first, then on the other seed sets):
     * <ul>
     * <li>the winner's curse: the best was chosen for a low objective, part of it luck of the
     * calibration's seeds, which the other seed sets do not share; the amount by which their mean
     * exceeds the best objective (if it does) is added, so the cut starts from an unbiased level;
     * <li>the profile-likelihood cut for one parameter (Gaussian errors on log(1 + count) for
     * rmse_log, where n log(RMSE^2) is -2 log L up to a constant, so RMSE may grow by
     * exp(3.84 / 2n); the deviance itself for nb_deviance, a mean per period, so it may grow by
     * 3.84 / n), the 3.84 multiplied by the design effect of the best point's runs
     * ({@link Fit#designEffect}: a run's periods move together, so they hold less information than
     * n independent ones);
     * <li>twice the objective's standard deviation over the seed sets (the simulation's own noise,
     * which every profile point carries).
     * </ul>
     */
    double tolerance(double[] noise, double designEffect) {
        int n = 0;
        for (boolean f : fitted) {
            n += f ? 1 : 0;
        }
        double best = noise[0];
        double others = 0;
        for (int j = 1; j < noise.length; j++) {
            others += noise[j] / (noise.length - 1);
        }
        double cut = CHI2_95 * designEffect;
        double likelihood = spec.objective() == CalibrationSpec.Objective.RMSE_LOG ? best * (Math.exp(cut / (2.0 * n)) - 1) : cut / n;
        return Math.max(0, others - best) + likelihood + 2 * Fit.spread(noise);
    }

    /** The interval of a profile around the best value where the objective stays within {@code limit}, interpolated between profile points. */
    static double[] profileInterval(List<double[]> pts, double best, double limit, double min, double max) {
        int b = 0;
        for (int j = 0; j < pts.size(); j++) {
            if (pts.get(j)[0] == best) {
                b = j;
            }
        }
        double lo = min;
        for (int j = b - 1; j >= 0; j--) {
            if (pts.get(j)[1] > limit) {
                double[] in = pts.get(j + 1);
                double[] out = pts.get(j);
                lo = in[0] + (out[0] - in[0]) * (limit - in[1]) / (out[1] - in[1]);
                break;
            }
        }
        double hi = max;
        for (int j = b + 1; j < pts.size(); j++) {
            if (pts.get(j)[1] > limit) {
                double[] in = pts.get(j - 1);
                double[] out = pts.get(j);
                hi = in[0] + (out[0] - in[0]) * (limit - in[1]) / (out[1] - in[1]);
                break;
            }
        }
        return new double[] {Math.min(lo, best), Math.max(hi, best)};
    }

    private void cmaes(Simulator sim, int k) {
        double[] lo = new double[k];
        double[] hi = new double[k];
        double[] sigma = new double[k];
        double[] start = new double[k];
        java.util.Arrays.fill(hi, 1);
        java.util.Arrays.fill(sigma, 0.3);
        java.util.Arrays.fill(start, 0.5);
        int lambda = 4 + (int) Math.floor(3 * Math.log(k));
        CMAESOptimizer opt = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0, new MersenneTwister(spec.seed()),
                false, null);
        try {
            opt.optimize(new MaxEval(spec.budget()), new MaxIter(Integer.MAX_VALUE), new ObjectiveFunction(u -> single(sim, values(u))),
                    GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException e) {
            // The budget is spent: the best point is the best in the trace.
        }
    }

    private void nelderMead(Simulator sim, int k) {
        double[] start = new double[k];
        java.util.Arrays.fill(start, 0.5);
        SimplexOptimizer opt = new SimplexOptimizer(new SimpleValueChecker(1e-6, 1e-9));
        try {
            opt.optimize(new MaxEval(spec.budget()), new MaxIter(Integer.MAX_VALUE), new ObjectiveFunction(u -> {
                // Nelder-Mead knows no bounds: evaluate at the nearest point of the box, and add the
                // squared distance to the box so the simplex is pushed back inside.
                double[] c = new double[u.length];
                double out = 0;
                for (int i = 0; i < u.length; i++) {
                    c[i] = Math.max(0, Math.min(1, u[i]));
                    out += (u[i] - c[i]) * (u[i] - c[i]);
                }
                return single(sim, values(c)) + 10 * out;
            }), GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(k, 0.25));
        } catch (TooManyEvaluationsException e) {
            // The budget is spent.
        }
    }

    private double[] values(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            v[i] = spec.parameters().get(i).value(Math.max(0, Math.min(1, u[i])));
        }
        return v;
    }

    private double single(Simulator sim, double[] v) {
        try {
            return evaluate(sim, List.of(v))[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ScenarioException | IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Objectives of a batch of candidates: from the trace when evaluated before, else run (all at once) and appended to the trace. */
    private double[] evaluate(Simulator sim, List<double[]> candidates) throws ScenarioException, InterruptedException, IOException {
        double[] out = new double[candidates.size()];
        List<double[]> todo = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String key = key(candidates.get(i));
            double[] hit = cache.get(key);
            if (hit != null) {
                out[i] = hit[0];
                record(candidates.get(i), hit, fromTrace.remove(key));
            } else {
                todo.add(candidates.get(i));
                where.add(i);
            }
        }
        if (!todo.isEmpty()) {
            List<double[][]> results = sim.simulate(todo, listener::run);
            for (int j = 0; j < todo.size(); j++) {
                double[][] m = results.get(j);
                double[] figures = {objective(m), Fit.rmseLog(observed, m, fitted), Fit.deviance(observed, m, fitted), Fit.coverage90(observed, m, fitted)};
                out[where.get(j)] = figures[0];
                cache.put(key(todo.get(j)), figures);
                record(todo.get(j), figures, false);
                List<Object> row = new ArrayList<>();
                row.add(evaluation);
                row.add(phase);
                for (double v : todo.get(j)) {
                    row.add(Double.toString(v));
                }
                for (double f : figures) {
                    row.add(Double.toString(f));
                }
                trace.printRecord(row);
                trace.flush();
            }
        }
        return out;
    }

    private void record(double[] values, double[] figures, boolean fromTrace) {
        evaluation++;
        double[] row = java.util.Arrays.copyOf(values, values.length + 1);
        row[values.length] = figures[0];
        evaluated.add(row);
        reused += fromTrace ? 1 : 0;
        if (phase.equals("search")) {
            searchTrace.add(new double[] {evaluation, figures[0]});
            if (figures[0] < bestObjective || bestValues == null) {
                bestObjective = figures[0];
                bestValues = values.clone();
            }
        }
        listener.evaluated(figures[0], bestObjective, fromTrace);
    }

    private double objective(double[][] m) {
        return Fit.objective(spec.objective(), observed, m, fitted, spec.statistics(), spread);
    }

    /** A candidate's key in the cache: its values as exact text (what the trace holds). */
    private static String key(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            sb.append(Double.toString(x)).append(',');
        }
        return sb.toString();
    }

    /** Reads an earlier session's trace into the cache. */
    private void readTrace() throws IOException {
        Path f = dir.resolve("trace.csv");
        if (!Files.exists(f) || Files.size(f) == 0) {
            return;
        }
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
             CSVParser p = CsvOut.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!p.getHeaderNames().equals(columns)) {
                throw new IOException(f + " has columns " + String.join(",", p.getHeaderNames()) + "; expected " + String.join(",", columns));
            }
            for (CSVRecord rec : p) {
                if (rec.size() != columns.size()) {
                    continue; // a row cut short by a crash: run it again
                }
                int k = spec.parameters().size();
                double[] v = new double[k];
                double[] figures = new double[4];
                try {
                    for (int i = 0; i < k; i++) {
                        v[i] = Double.parseDouble(rec.get(2 + i));
                    }
                    for (int i = 0; i < 4; i++) {
                        figures[i] = Double.parseDouble(rec.get(2 + k + i));
                    }
                } catch (NumberFormatException e) {
                    continue;
                }
                cache.put(key(v), figures);
                fromTrace.add(key(v));
            }
        }
    }

    /** Drops a last line left without its line end by a crash, so appended rows start on their own line. */
    private static void rewriteTraceWithoutTornLine(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end != bytes.length) {
            byte[] kept = java.util.Arrays.copyOf(bytes, end);
            AtomicFiles.writeBytes(f, out -> out.write(kept));
        }
    }

    // ------------------------------------------------------------------ outputs

    private Result write(Simulator sim, double[] best, double[][] bestSim, Map<String, double[]> intervals, double tolerance, double[] noise,
                         List<List<double[]>> profiles, AbcSmc.Result abc) throws IOException, ScenarioException {
        List<String> files = new ArrayList<>(List.of(MARKER, "trace.csv"));
        double[] med = Fit.quantile(bestSim, 0.5);
        double[] p5 = Fit.quantile(bestSim, 0.05);
        double[] p95 = Fit.quantile(bestSim, 0.95);
        boolean[] held = spec.heldOut();
        ObservedSeries obs = spec.observed();
        AtomicFiles.writeText(dir.resolve("fit.csv"), w -> {
            CSVPrinter p = CsvOut.printer(w, List.of("period", "observed", "simulated_median", "simulated_p5", "simulated_p95", "held_out"));
            for (int i = 0; i < obs.size(); i++) {
                p.printRecord(obs.labels().get(i), Num.fmt(observed[i]), Num.fmt(med[i]), Num.fmt(p5[i]), Num.fmt(p95[i]), held[i] ? 1 : 0);
            }
            p.flush();
        });
        files.add("fit.csv");
        AtomicFiles.writeText(dir.resolve("profile.csv"), w -> {
            CSVPrinter p = CsvOut.printer(w, List.of("parameter", "value", "objective"));
            for (int i = 0; i < profiles.size(); i++) {
                for (double[] pt : profiles.get(i)) {
                    p.printRecord(spec.parameters().get(i).path(), Double.toString(pt[0]), Double.toString(pt[1]));
                }
            }
            p.flush();
        });
        files.add("profile.csv");
        if (abc != null) {
            AtomicFiles.writeText(dir.resolve("posterior.csv"), w -> {
                List<String> h = new ArrayList<>(List.of("particle"));
                spec.parameters().forEach(x -> h.add(x.path()));
                h.addAll(List.of("distance", "weight"));
                CSVPrinter p = CsvOut.printer(w, h);
                int i = 0;
                for (AbcSmc.Particle part : abc.particles()) {
                    List<Object> row = new ArrayList<>(List.of(i++));
                    double[] v = values(part.u());
                    for (double x : v) {
                        row.add(Double.toString(x));
                    }
                    row.add(Double.toString(part.distance()));
                    row.add(Num.fmt(1.0 / abc.particles().size(), 9));
                    p.printRecord(row);
                }
                p.flush();
            });
            files.add("posterior.csv");
        }
        String yaml = BestScenario.write(spec, best);
        AtomicFiles.writeString(dir.resolve("best.yaml"), yaml);
        files.add("best.yaml");

        Map<String, Object> j = new LinkedHashMap<>();
        j.put("calibration", spec.name());
        j.put("calibration_file", spec.label());
        j.put("scenario_file", spec.scenarioFile().toString());
        j.put("observed_file", obs.file());
        j.put("metric", spec.metric());
        j.put("period", obs.period().yamlName());
        j.put("method", spec.method().id());
        j.put("objective", spec.objective().id());
        j.put("statistics", spec.statistics());
        j.put("statistics_pilot_spread", spread);
        j.put("replications", spec.replications());
        j.put("seed", spec.seed());
        j.put("budget", spec.budget());
        j.put("evaluations", evaluation);
        j.put("evaluations_reused_from_trace", reused);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            CalibrationSpec.FitParameter p = spec.parameters().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("best", best[i]);
            double[] iv = intervals.get(p.path());
            m.put("low", iv[0]);
            m.put("high", iv[1]);
            m.put("min", p.min());
            m.put("max", p.max());
            m.put("scale", p.log() ? "log" : "linear");
            m.put("at_bound", iv[0] <= p.min() || iv[1] >= p.max());
            if (abc != null) {
                m.put("posterior_median", p.value(Stats.quantile(AbcSmc.marginal(abc.particles(), i), 0.5)));
            }
            params.add(m);
        }
        j.put("parameters", params);
        j.put("interval", abc != null ? "2.5% and 97.5% quantiles of the ABC-SMC posterior"
                : "approximate 95% profile-likelihood interval: values along the parameter's profile (others at their best) whose "
                        + "objective is within the tolerance of the best (chi-square cut for one parameter scaled by the design effect, plus the "
                        + "winner's curse and twice the seed noise)");
        j.put("best_objective", bestObjective);
        j.put("noise_objectives", java.util.Arrays.stream(noise).boxed().toList());
        j.put("design_effect", designEffect);
        j.put("tolerance", tolerance);
        if (abc != null) {
            j.put("abc_tolerance", abc.tolerance());
            j.put("abc_generations", abc.generations());
            j.put("abc_particles", abc.particles().size());
        }
        int nHeld = 0;
        for (boolean h : held) {
            nHeld += h ? 1 : 0;
        }
        Map<String, Object> onFitted = goodness(bestSim, fitted, obs.size() - nHeld);
        Map<String, Object> onHeld = nHeld == 0 ? null : goodness(bestSim, held, nHeld);
        j.put("fitted", onFitted);
        j.put("held_out", onHeld);
        j.put("program_version", Version.get());
        AtomicFiles.writeString(dir.resolve("summary.json"), Json.write(j));
        files.add("summary.json");

        double limit = bestObjective + tolerance;
        Map<String, CalibrationReport.Chart> charts = new LinkedHashMap<>();
        charts.put("fit", new CalibrationReport.Chart(CalibrationCharts.fit(spec.name() + ": observed and simulated", obs.file() + ", "
                + spec.metric() + " per " + obs.period().noun() + "; model at the best fit, " + spec.replications() + " runs", obs.labels(),
                observed, med, p5, p95, held), new java.awt.Dimension(1100, 560),
                "The observed series (points) against the median and 5-95% band of the replications at the best fit; held-out "
                        + "periods shaded: they took no part in the fit."));
        charts.put("objective", new CalibrationReport.Chart(CalibrationCharts.objective("Objective by evaluation", spec.method().id()
                + ", " + spec.objective().id(), searchTrace), new java.awt.Dimension(900, 480),
                "The objective of every candidate of the search (lower is better) and the best so far."));
        List<String> names = spec.parameters().stream().map(p -> ceasefire.scenario.Labels.axis(p.path())).toList();
        List<Boolean> logs = spec.parameters().stream().map(CalibrationSpec.FitParameter::log).toList();
        charts.put("profile", new CalibrationReport.Chart(CalibrationCharts.profiles("Profile of the objective through the best point",
                "others at their best; dashed: best + tolerance (" + Num.fmt(tolerance, 3) + ")", names, logs, profiles, best, limit),
                new java.awt.Dimension(Math.max(700, 330 * names.size()), 440),
                "The objective along each parameter, the others held at their best (vertical line: the best value). A parameter "
                        + "is identified where its profile rises above the dashed tolerance line on both sides of the best value; "
                        + "a flat profile means the series cannot tell its values apart."));
        for (Map.Entry<String, CalibrationReport.Chart> c : charts.entrySet()) {
            java.awt.Dimension d = c.getValue().size();
            files.addAll(Figures.write(dir, "charts/" + c.getKey(), c.getValue().chart(), figures, d.width, d.height));
        }
        if (report) {
            files.add(Report.FILE);
            CalibrationReport.write(dir.resolve(Report.FILE), spec, new CalibrationReport.Outcome(best, intervals, bestObjective, tolerance,
                    evaluation, reused, onFitted, onHeld, abc), charts, files);
        }
        return new Result(dir, best, bestObjective, intervals, evaluation, reused, figure(onFitted, "rmse_log"), figure(onHeld, "rmse_log"),
                figure(onFitted, "coverage_90"), figure(onHeld, "coverage_90"), files);
    }

    /** One figure of {@link #goodness}, NaN when there were no periods to measure it on. */
    private static double figure(Map<String, Object> goodness, String name) {
        return goodness == null ? Double.NaN : (Double) goodness.get(name);
    }

    private Map<String, Object> goodness(double[][] sim, boolean[] use, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", n);
        m.put("rmse_log", Fit.rmseLog(observed, sim, use));
        m.put("coverage_90", Fit.coverage90(observed, sim, use));
        m.put("deviance", Fit.deviance(observed, sim, use));
        return m;
    }
}
