package ceasefire.cli;

import ceasefire.bench.Benchmark;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ceasefire bench}: the speed and memory figures the README quotes, for this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure speed and memory on this machine: the flagship run after warm-up, unit updates per second "
                + "on a large generated scenario, time per step as units double, and peak heap. Takes about half a minute on an idle 2-core machine.")
public final class BenchCommand implements Callable<Integer> {

    /** Unit updates per second the model should reach on one core. */
    static final double TARGET_UPDATES = 5e6;
    /** Most a doubling of units may multiply the time per step by. */
    static final double TARGET_DOUBLING = 2.2;
    /** Heap limit at the largest size. */
    static final double TARGET_HEAP_BYTES = 1e9;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario for the whole-run timing (default: the flagship).")
    Path scenario;

    @Option(names = "--size", paramLabel = "N", description = "Side of the generated square map (default: ${DEFAULT-VALUE}).", defaultValue = "400")
    int size;

    @Option(names = "--units", paramLabel = "N", split = ",", description = "Unit counts to step (default: ${DEFAULT-VALUE}).",
            defaultValue = "12500,25000,50000,100000")
    List<Integer> units;

    @Option(names = "--steps", paramLabel = "N", description = "Days stepped at each size (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int steps;

    @Option(names = "--quick", description = "A small, fast version (200x200, up to 20,000 units, 20 steps) to check the harness.")
    boolean quick;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (quick) {
            size = 200;
            units = List.of(5000, 10000, 20000);
            steps = 20;
        }
        if (size < 40 || steps < 1 || units.isEmpty() || units.stream().anyMatch(u -> u < 10)) {
            err.println("ceasefire bench: --size must be at least 40, --steps at least 1, every --units value at least 10");
            return Main.BAD_INPUT;
        }
        Path file = scenario != null ? scenario : Launch.flagship();
        Scenario flagship = ScenarioDocument.load(file).bind();
        out.println("ceasefire bench on " + Benchmark.machine());
        out.println();

        // 10 warm-up runs left the JIT half-way (6-7 ms a run, against 3-4 ms once compiled), so the
        // figure measured the compiler's progress more than the model; 200 runs take about a second.
        int warm = quick ? 2 : 200;
        Benchmark.RunTimes runs = Benchmark.wholeRuns(flagship, warm, quick ? 3 : 30);
        out.printf(Locale.ROOT, "1. %s (%s, %d days): %d warm-up runs, then %d timed%n", flagship.name(), file, flagship.run().days(),
                runs.warmUp(), runs.seconds().length);
        out.printf(Locale.ROOT, "   median %.1f ms per run (min %.1f, max %.1f)%n%n", runs.median() * 1e3, runs.min() * 1e3, runs.max() * 1e3);
        out.flush();

        List<Integer> sizes = units.stream().sorted().toList();
        int repeats = quick ? 1 : 5;
        for (int n : sizes) {
            Benchmark.stepLarge(size, n, Math.min(steps, 20), 99);
        }
        out.printf(Locale.ROOT, "2. Generated %dx%d map, %d days per size, %s (after a JIT warm-up pass over every size):%n",
                size, size, steps, repeats == 1 ? "one run" : "median of " + repeats + " runs");
        out.printf(Locale.ROOT, "   %10s %12s %14s %12s %10s %12s %12s%n", "units", "set-up s", "ms per step", "vs previous", "M upd/s",
                "live heap MB", "peak heap MB");
        Benchmark.Stepping previous = null;
        Benchmark.Stepping largest = null;
        double worstDoubling = 0;
        org.apache.commons.math3.stat.regression.SimpleRegression fit = new org.apache.commons.math3.stat.regression.SimpleRegression();
        for (int n : sizes) {
            Benchmark.Stepping r = Benchmark.medianOf(repeats, size, n, steps, 1);
            String ratio = "-";
            if (previous != null) {
                double f = r.secondsPerStep() / previous.secondsPerStep();
                double perDoubling = Math.pow(f, 1.0 / (Math.log(n / (double) previous.units()) / Math.log(2)));
                worstDoubling = Math.max(worstDoubling, perDoubling);
                ratio = String.format(Locale.ROOT, "x%.2f", f);
            }
            out.printf(Locale.ROOT, "   %,10d %12.2f %14.2f %12s %10.2f %12.0f %12.0f%n", n, r.setupSeconds(), r.secondsPerStep() * 1e3, ratio,
                    r.updatesPerSecond() / 1e6, r.liveHeapBytes() / 1e6, r.peakHeapBytes() / 1e6);
            out.flush();
            fit.addData(Math.log(n), Math.log(r.secondsPerStep()));
            previous = r;
            largest = r;
        }
        out.println();
        if (quick) {
            // Too small and too short to judge the targets: say so rather than print a verdict.
            out.println("3. Targets: not judged with --quick (too few units and runs to compare with them); run without --quick.");
            out.flush();
            return 0;
        }
        out.printf(Locale.ROOT, "3. Targets (at %,d units):%n", largest.units());
        out.printf(Locale.ROOT, "   unit updates per second  %6.2f M   target >= %.0f M   %s%n", largest.updatesPerSecond() / 1e6, TARGET_UPDATES / 1e6,
                largest.updatesPerSecond() >= TARGET_UPDATES ? "met" : "NOT met");
        if (sizes.size() > 1) {
            // A power law fitted through every size: single pairs of sizes are too noisy to judge by.
            double perDoubling = Math.pow(2, fit.getSlope());
            out.printf(Locale.ROOT, "   time per step per doubling x%.2f     target <= x%.1f    %s   (fitted over all sizes; worst pair x%.2f)%n",
                    perDoubling, TARGET_DOUBLING, perDoubling <= TARGET_DOUBLING ? "met" : "NOT met", worstDoubling);
        }
        out.printf(Locale.ROOT, "   peak heap                %6.0f MB  target < %.0f MB  %s%n", largest.peakHeapBytes() / 1e6, TARGET_HEAP_BYTES / 1e6,
                largest.peakHeapBytes() < TARGET_HEAP_BYTES ? "met" : "NOT met");
        out.println("   (peak heap depends on the garbage collector's slack; run with CEASEFIRE_JAVA_OPTS=-Xmx1g to prove the limit)");
        out.flush();
        return 0;
    }

    /** Where the launcher put the shipped scenarios. */
    static final class Launch {
        private Launch() {
        }

        static Path flagship() {
            Path local = Path.of("scenarios", "nagorno-karabakh-2022.yaml");
            if (Files.isRegularFile(local)) {
                return local;
            }
            return Installation.scenarios().resolve("nagorno-karabakh-2022.yaml");
        }
    }
}
