package ceasefire.sweep.running;

import ceasefire.model.RunLog;
import ceasefire.model.RunSummary;
import ceasefire.output.Num;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.design.SweepPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the missing runs of a sweep on a pool of threads and streams one row per finished run to
 * runs.csv as it finishes. Memory stays flat: at most {@code 4 x threads} runs are in flight, a
 * run's model is dropped as soon as its metrics are read, and a design point's scenario is bound
 * once and shared by its replications only while they run. A run that throws is a row with status
 * {@code failed}, its message in the row and its stack trace in failures.log; the sweep goes on.
 */
public final class SweepRunner {

    /** Runs in flight per thread: enough to keep every thread busy, few enough to bound memory. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    /** Hears about each run as its row is written (on the calling thread). */
    @FunctionalInterface
    public interface Listener {
        void finished(int run, boolean ok, int doneThisSession, int failedThisSession);
    }

    /** Where failed runs' stack traces go. */
    @FunctionalInterface
    public interface FailureLog {
        void failed(int run, long seed, String point, Throwable error) throws IOException;
    }

    /**
     * What a session ran.
     *
     * @param modelNanos time inside {@link RunFunction#run} summed over runs (the model's own work)
     * @param modelCpuNanos CPU time of the worker threads inside the model (less than modelNanos when
     *                   the threads had to wait for a core: a busy machine)
     * @param bindNanos  time spent binding design points into scenarios (once per point, shared by its replications)
     * @param taskNanos  time of whole run tasks on worker threads (binding, model, reading metrics)
     * @param wallNanos  elapsed time of the session
     */
    public record Outcome(int ran, int failed, long modelNanos, long modelCpuNanos, long bindNanos, long taskNanos, long wallNanos,
                          int threads) {

        /** Runs per second of wall time. */
        public double throughput() {
            return wallNanos == 0 ? 0 : ran / (wallNanos / 1e9);
        }

        /**
         * Share of the threads' time not spent inside the model: binding, reading metrics, writing
         * rows, scheduling, and threads idle at the end of the sweep.
         */
        public double overhead() {
            double capacity = (double) wallNanos * threads;
            return capacity == 0 ? 0 : Math.max(0, 1 - modelNanos / capacity);
        }
    }

    private final Sweep sweep;
    private final RunFunction function;
    private final int threads;
    /** Where every run's own timeseries.csv.gz goes ({@code --keep-runs}), or null. */
    private final Path keepRuns;

    public SweepRunner(Sweep sweep, RunFunction function, int threads) {
        this(sweep, function, threads, null);
    }

    /** A runner that also keeps every run's timeseries, gzip-compressed, in {@code keepRuns} (null: not kept). */
    public SweepRunner(Sweep sweep, RunFunction function, int threads, Path keepRuns) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.sweep = sweep;
        this.function = function;
        this.threads = threads;
        this.keepRuns = keepRuns;
    }

    /** Runs every run not in {@code done}, appending a row for each to {@code out}. */
    public Outcome run(BitSet done, RunsCsv.Appender out, FailureLog failures, Listener listener) throws IOException, InterruptedException {
        return run(done, out, null, failures, listener);
    }

    /**
     * Runs every run not in {@code done}, appending each run's daily series to {@code days} (when
     * not null) and then its row to {@code out}: a run with a row always has its series.
     */
    public Outcome run(BitSet done, RunsCsv.Appender out, DailySeries.Appender days, FailureLog failures, Listener listener)
            throws IOException, InterruptedException {
        SweepPlan plan = sweep.plan();
        int runs = plan.runs();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        CompletionService<Result> completion = new ExecutorCompletionService<>(pool);
        int window = threads * IN_FLIGHT_PER_THREAD;
        int inFlight = 0;
        int next = 0;
        int ran = 0;
        int failed = 0;
        long modelNanos = 0;
        long modelCpuNanos = 0;
        long bindNanos = 0;
        long taskNanos = 0;
        PointJob job = null;
        try {
            while (true) {
                while (inFlight < window && (next = done.nextClearBit(next)) < runs) {
                    int point = plan.pointOf(next);
                    if (job == null || job.point != point) {
                        job = new PointJob(sweep, point);
                    }
                    completion.submit(new Task(next, plan.seedOf(next), job, function, keepRuns));
                    inFlight++;
                    next++;
                }
                if (inFlight == 0) {
                    break;
                }
                Result r;
                try {
                    r = completion.take().get();
                } catch (ExecutionException e) {
                    // Only what Task lets through arrives here: the JVM running out of memory.
                    throw new SweepAbortedException("the sweep stopped: " + e.getCause(), e.getCause());
                }
                inFlight--;
                ran++;
                modelNanos += r.modelNanos;
                modelCpuNanos += r.modelCpuNanos;
                bindNanos += r.bindNanos;
                taskNanos += r.taskNanos;
                if (r.error != null) {
                    failed++;
                    failures.failed(r.run, r.seed, SweepFile.describe(sweep.spec(), plan, plan.pointOf(r.run)), r.error);
                }
                if (days != null) {
                    days.write(r.run, r.days == null ? new float[0] : r.days);
                }
                out.write(row(r));
                listener.finished(r.run, r.error == null, ran, failed);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(ran, failed, modelNanos, modelCpuNanos, bindNanos, taskNanos, System.nanoTime() - started, threads);
    }

    private List<String> row(Result r) {
        SweepPlan plan = sweep.plan();
        int point = plan.pointOf(r.run);
        List<String> fields = new ArrayList<>(RunsCsv.LEAD.size() + plan.parameters().size() + sweep.spec().metrics().size() + 2);
        fields.add(Integer.toString(r.run));
        fields.add(Integer.toString(point));
        fields.add(Integer.toString(plan.replicationOf(r.run)));
        fields.add(Long.toString(r.seed));
        fields.addAll(plan.values(point));
        for (int m = 0; m < sweep.spec().metrics().size(); m++) {
            fields.add(r.error == null ? Num.fmt(r.metrics[m], 10) : "");
        }
        fields.add(r.error == null ? RunsCsv.STATUS_OK : RunsCsv.STATUS_FAILED);
        fields.add(r.error == null ? "" : RunsCsv.oneLine(describe(r.error)));
        return fields;
    }

    /** A failure as one readable line: the exception, its message and where it was thrown. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (at ").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName()).append('(')
                    .append(trace[0].getFileName()).append(':').append(trace[0].getLineNumber()).append("))");
        }
        return sb.toString();
    }

    /** The full stack trace as text, for failures.log. */
    public static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    /** Thrown when the sweep cannot go on (out of memory); rows written so far stay, and --resume continues. */
    public static final class SweepAbortedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SweepAbortedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A design point's scenario, bound by the first of its runs to need it and shared by the rest. */
    private static final class PointJob {
        final int point;
        private final Sweep sweep;
        private volatile Scenario scenario;
        private ScenarioException problem;

        PointJob(Sweep sweep, int point) {
            this.sweep = sweep;
            this.point = point;
        }

        /** The scenario; adds the time this call spent binding it (0 if another run had) to {@code bindNanos[0]}. */
        Scenario scenario(long[] bindNanos) throws ScenarioException {
            Scenario bound = scenario;
            if (bound != null) {
                // The usual case: no lock, so the point's replications never wait for each other.
                return bound;
            }
            synchronized (this) {
                if (scenario == null && problem == null) {
                    long t0 = System.nanoTime();
                    try {
                        scenario = sweep.bind(point);
                    } catch (ScenarioException e) {
                        problem = e;
                    }
                    bindNanos[0] += System.nanoTime() - t0;
                }
                if (problem != null) {
                    throw problem;
                }
                return scenario;
            }
        }
    }

    private record Result(int run, long seed, double[] metrics, float[] days, Throwable error, long modelNanos, long modelCpuNanos,
                          long bindNanos, long taskNanos) {
    }

    /** One run of a design point ({@code keepRuns}: where its own timeseries go, or null). */
    private record Task(int run, long seed, PointJob job, RunFunction function, Path keepRuns) implements Callable<Result> {
        @Override
        public Result call() {
            long t0 = System.nanoTime();
            long modelNanos = 0;
            long modelCpuNanos = 0;
            long[] bind = {0};
            try {
                Scenario s = job.scenario(bind);
                long t1 = System.nanoTime();
                long c1 = cpuNanos();
                DailySeries.Recorder recorder = new DailySeries.Recorder();
                RunLog log = keepRuns == null ? null : new RunLog();
                RunSummary summary = log == null ? function.run(s, seed, recorder) : function.run(s, seed, recorder, log);
                modelNanos = System.nanoTime() - t1;
                modelCpuNanos = cpuNanos() - c1;
                double[] metrics = metrics(summary, job.sweep.spec().metrics());
                if (log != null) {
                    KeptRuns.write(keepRuns, run, s, log, summary);
                }
                return new Result(run, seed, metrics, recorder.values(), null, modelNanos, modelCpuNanos, bind[0], System.nanoTime() - t0);
            } catch (OutOfMemoryError e) {
                // Recording it as one failed run would hide that every later run will fail too.
                throw e;
            } catch (ScenarioException e) {
                return new Result(run, seed, null, null, new IllegalStateException("design point " + job.point + " cannot be bound: " + e.getMessage(), e),
                        modelNanos, modelCpuNanos, bind[0], System.nanoTime() - t0);
            } catch (RuntimeException | Error e) {
                // A model fault in one run is data about that run (its seed reproduces it); the
                // sweep records it and goes on.
                return new Result(run, seed, null, null, e, modelNanos, modelCpuNanos, bind[0], System.nanoTime() - t0);
            } catch (IOException e) {
                // The run itself went well; its kept timeseries could not be written (disk full?).
                return new Result(run, seed, null, null, new java.io.UncheckedIOException("cannot keep the run's timeseries: " + e.getMessage(), e),
                        modelNanos, modelCpuNanos, bind[0], System.nanoTime() - t0);
            }
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static double[] metrics(RunSummary summary, List<String> names) {
        Map<String, Double> all = summary.metrics();
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            Double v = all.get(names.get(i));
            if (v == null) {
                throw new IllegalStateException("the run's summary has no metric '" + names.get(i) + "'");
            }
            out[i] = v;
        }
        return out;
    }

    /** Daemon worker threads, so a stuck run cannot keep the JVM alive after the command returns. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "sweep-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
