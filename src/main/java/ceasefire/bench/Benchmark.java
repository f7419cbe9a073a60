package ceasefire.bench;

import ceasefire.model.ConflictModel;
import ceasefire.model.RunSummary;
import ceasefire.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Speed and memory measurements of the model on this machine. Timings exclude scenario loading
 * and set-up unless a figure says otherwise; memory is the heap the JVM reports.
 */
public final class Benchmark {

    private Benchmark() {
    }

    /** Wall times of whole runs of one scenario, after warm-up runs. */
    public record RunTimes(int warmUp, double[] seconds) {
        public RunTimes {
            seconds = seconds.clone();
        }

        public double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
        }

        public double min() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        public double max() {
            return Arrays.stream(seconds).max().orElse(Double.NaN);
        }

        @Override
        public double[] seconds() {
            return seconds.clone();
        }
    }

    /**
     * One stepping measurement.
     *
     * @param setupSeconds   start(): deploying units, building fields
     * @param stepSeconds    stepping all days
     * @param liveHeapBytes  heap in use after set-up and a full GC (what the model holds)
     * @param peakHeapBytes  highest heap in use while stepping (garbage included)
     */
    public record Stepping(int units, int steps, double setupSeconds, double stepSeconds, long liveHeapBytes, long peakHeapBytes,
                           int incidents) {

        public double secondsPerStep() {
            return stepSeconds / steps;
        }

        /** Unit updates (one unit, one day) per second of stepping. */
        public double updatesPerSecond() {
            return units * (double) steps / stepSeconds;
        }
    }

    /** Runs {@code scenario} start to finish {@code warmUp} times untimed, then {@code timed} times. */
    public static RunTimes wholeRuns(Scenario scenario, int warmUp, int timed) {
        for (int i = 0; i < warmUp; i++) {
            new ConflictModel(scenario).run();
        }
        double[] s = new double[timed];
        for (int i = 0; i < timed; i++) {
            long t0 = System.nanoTime();
            RunSummary r = new ConflictModel(scenario).run();
            s[i] = (System.nanoTime() - t0) / 1e9;
            if (r.daysRun() == 0) {
                throw new IllegalStateException("a benchmark run did not run");
            }
        }
        return new RunTimes(warmUp, s);
    }

    /** Steps the generated large scenario with {@code units} units for {@code steps} days. */
    public static Stepping stepLarge(int size, int units, int steps, long seed) {
        Scenario s = LargeScenario.load(size, units, steps, seed);
        ConflictModel m = new ConflictModel(s);
        long t0 = System.nanoTime();
        m.start();
        long t1 = System.nanoTime();
        long live = liveHeap();
        resetPeaks();
        long t2 = System.nanoTime();
        int done = 0;
        while (!m.finished() && m.schedule.step(m)) {
            done++;
        }
        long t3 = System.nanoTime();
        long peak = peakHeap();
        int incidents = m.summarySoFar().incidents();
        m.finish();
        return new Stepping(units, done, (t1 - t0) / 1e9, (t3 - t2) / 1e9, live, peak, incidents);
    }

    /** Warms the JIT on a mid-sized instance so that the first measured size is not penalised. */
    public static void warmUp(int size, int units, int steps) {
        for (int i = 0; i < 2; i++) {
            stepLarge(size, units, steps, 99 + i);
        }
    }

    /**
     * {@code repeats} measurements of one size; the one with the median stepping time is
     * returned (single measurements on a shared machine vary by a third).
     */
    public static Stepping medianOf(int repeats, int size, int units, int steps, long seed) {
        List<Stepping> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            runs.add(stepLarge(size, units, steps, seed));
        }
        runs.sort(java.util.Comparator.comparingDouble(Stepping::stepSeconds));
        return runs.get(runs.size() / 2);
    }

    /** Heap in use after a full collection. */
    public static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported() || p.getType() == MemoryType.HEAP) {
                pools.add(p);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : heapPools()) {
            p.resetPeakUsage();
        }
    }

    /**
     * Sum of the heap pools' peak use since the last reset: an upper bound on the peak heap,
     * since the pools may peak at different moments.
     */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    /** A line describing this machine and JVM, for the report. */
    public static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (java.io.IOException e) {
            cpu = "CPU not readable (" + e.getMessage() + ")";
        }
        Runtime rt = Runtime.getRuntime();
        return String.format(java.util.Locale.ROOT, "%s, %d cores available, Java %s (%s), max heap %.1f GB", cpu, rt.availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() / 1e9);
    }
}
