package ceasefire.sweep;

import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.running.RunFunction;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * A sweep process for {@link KillTest} to kill: it runs the model for runs 0 to K - 1 and then
 * waits forever inside the next runs, so that the test can kill it with exactly K rows written.
 * Arguments: sweep file, output directory, K.
 */
public final class KilledSweepMain {

    private KilledSweepMain() {
    }

    public static void main(String[] args) throws Exception {
        Sweep sweep = SweepFile.load(Path.of(args[0]), new SweepFile.Settings(null, null, 2), (done, total) -> { });
        int k = Integer.parseInt(args[2]);
        Set<Long> allowed = new HashSet<>();
        for (int run = 0; run < k; run++) {
            allowed.add(sweep.plan().seedOf(run));
        }
        RunFunction stopAfterK = (scenario, seed) -> {
            if (!allowed.contains(seed)) {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting to be killed", e);
                    }
                }
            }
            return RunFunction.MODEL.run(scenario, seed);
        };
        SweepJob.run(sweep, new SweepJob.Options(Path.of(args[1]), Path.of(args[1]).getParent(), false, false, 2, false, stopAfterK),
                SweepJobTest.quiet());
    }
}
