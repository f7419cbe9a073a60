package ceasefire.sweep.running;

import ceasefire.sweep.design.Sweep;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Measures sweep throughput: the same runs on 1 thread and on N threads, after a warm-up, with
 * the real machinery (binding, runs.csv rows written and flushed) into a temporary directory that
 * is deleted afterwards. The overhead is the share of the threads' time spent outside the model
 * (binding, metrics, writing rows, scheduling, idle threads at the end).
 */
public final class SweepBenchmark {

    /** One timed pass. */
    /**
     * One timed pass.
     *
     * @param overhead     share of the threads' time outside the model
     * @param bindShare    share of the threads' time spent binding design points (part of the overhead)
     * @param modelCpuMillisPerRun CPU milliseconds inside the model per run: below
     *                     modelMillisPerRun when other processes kept the threads off a core
     * @param taskShare    share of the threads' time inside run tasks but outside the model: binding
     *                     and reading the metrics (the rest of the overhead is scheduling, writing
     *                     rows and idle threads)
     */
    public record Pass(int threads, int runs, double seconds, double runsPerSecond, double modelMillisPerRun, double modelCpuMillisPerRun,
                       double overhead, double bindShare, double taskShare) {

        /** Share of the wall time inside the model that the threads were actually on a core. */
        public double cpuShare() {
            return modelMillisPerRun == 0 ? 0 : modelCpuMillisPerRun / modelMillisPerRun;
        }
    }

    /** Both passes and the speedup of the second over the first. */
    public record Report(int warmupRuns, double warmupSeconds, List<Pass> passes) {

        public double speedup() {
            return passes.size() < 2 ? 1 : passes.get(passes.size() - 1).runsPerSecond() / passes.get(0).runsPerSecond();
        }
    }

    private SweepBenchmark() {
    }

    /** Least time spent warming up before anything is timed (and at least {@link #WARMUP_PASSES} passes). */
    static final double WARMUP_SECONDS = 3;
    static final int WARMUP_PASSES = 3;
    /** Most time spent warming up, settled or not. */
    static final double WARMUP_LIMIT_SECONDS = 90;
    /** The JIT counts as settled when it compiled for less than this share of a warm-up pass's thread time. */
    static final double JIT_SETTLED = 0.02;

    /**
     * Warm-up until the JIT has settled, then every run of the sweep once per entry of
     * {@code threadCounts}.
     */
    public static Report measure(Sweep sweep, List<Integer> threadCounts, RunFunction function) throws IOException, InterruptedException {
        return measure(sweep, threadCounts, function, WARMUP_SECONDS, WARMUP_LIMIT_SECONDS);
    }

    static Report measure(Sweep sweep, List<Integer> threadCounts, RunFunction function, double warmupSeconds, double warmupLimit)
            throws IOException, InterruptedException {
        int runs = sweep.plan().runs();
        int maxThreads = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
        // The model's code keeps the JIT compiling (and recompiling, as design points take new
        // branches) for tens of seconds; its compiler threads compete with the runs for the
        // cores, so passes timed meanwhile would mismeasure everything, the speedup most. Warm up
        // on whole passes until the JIT has settled.
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean canAsk = jit != null && jit.isCompilationTimeMonitoringSupported();
        long warmStart = System.nanoTime();
        int warmRuns = 0;
        int warmPasses = 0;
        while (true) {
            long compiledBefore = canAsk ? jit.getTotalCompilationTime() : 0;
            SweepRunner.Outcome o = pass(sweep, maxThreads, new BitSet(runs), function);
            warmRuns += o.ran();
            warmPasses++;
            double compiling = canAsk ? (jit.getTotalCompilationTime() - compiledBefore) / 1e3 : 0;
            double passCapacity = o.wallNanos() / 1e9 * maxThreads;
            double elapsed = (System.nanoTime() - warmStart) / 1e9;
            boolean settled = !canAsk || compiling < JIT_SETTLED * passCapacity;
            if ((elapsed >= warmupSeconds && warmPasses >= WARMUP_PASSES && settled) || elapsed >= warmupLimit) {
                break;
            }
        }
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        List<Pass> passes = new ArrayList<>();
        for (int threads : threadCounts) {
            SweepRunner.Outcome o = pass(sweep, threads, new BitSet(runs), function);
            double capacity = (double) o.wallNanos() * threads;
            int n = Math.max(1, o.ran());
            passes.add(new Pass(threads, o.ran(), o.wallNanos() / 1e9, o.throughput(), o.modelNanos() / 1e6 / n, o.modelCpuNanos() / 1e6 / n,
                    o.overhead(), o.bindNanos() / capacity, (o.taskNanos() - o.modelNanos()) / capacity));
        }
        return new Report(warmRuns, warmSeconds, passes);
    }

    private static SweepRunner.Outcome pass(Sweep sweep, int threads, BitSet done, RunFunction function) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ceasefire-bench");
        try {
            Path file = dir.resolve(RunsCsv.FILE);
            try (RunsCsv.Appender out = new RunsCsv.Appender(file, RunsCsv.header(sweep.spec().parameterPaths(), sweep.spec().metrics()))) {
                return new SweepRunner(sweep, function, threads).run(done, out, (run, seed, point, error) -> {
                    throw new IOException("run " + run + " failed during the benchmark: " + SweepRunner.describe(error), error);
                }, (run, ok, n, failed) -> { });
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
