package ceasefire.cli;

import ceasefire.sweep.SweepJob;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress of a sweep or of {@code run --replications} on stderr, and what to tell the user if a
 * sweep is interrupted (shared by {@link SweepCommand} and {@link RunCommand}).
 */
final class SweepProgress implements SweepJob.Listener {
    private final PrintWriter err;
    private final boolean show;
    private Progress bar;
    private int earlier;
    private int total;
    volatile Path dir;
    volatile boolean done;
    long finishingAt = System.nanoTime();

    private final boolean charts;
    private final String label;

    /**
     * @param label  what the progress bar counts, e.g. "sweep" or "replications"
     * @param charts whether charts will be written (for the messages)
     */
    SweepProgress(PrintWriter err, boolean show, String label, boolean charts) {
        this.err = err;
        this.show = show;
        this.label = label;
        this.charts = charts;
    }

    @Override
    public void starting(Path directory, int runs, int alreadyDone, long droppedBytes) {
        this.dir = directory;
        this.earlier = alreadyDone;
        this.total = runs;
        if (show && droppedBytes > 0) {
            err.println("runs.csv ended in a partial row (" + droppedBytes + " bytes) left by the interruption; it was removed and that run will run again.");
        }
        if (show && alreadyDone == runs) {
            err.printf(Locale.ROOT, "resuming: all %d runs were already done; only the statistics%s are written again%n", runs,
                    charts ? " and charts" : "");
        } else if (show && alreadyDone > 0) {
            err.printf(Locale.ROOT, "resuming: %d of %d runs were done; running the other %d%n", alreadyDone, runs, runs - alreadyDone);
        }
        err.flush();
        bar = new Progress(err, label, runs - alreadyDone, show);
    }

    @Override
    public void finished(int run, boolean ok, int doneThisSession, int failedThisSession) {
        bar.update(doneThisSession, (earlier > 0 ? (earlier + doneThisSession) + "/" + total + " in all, " : "")
                + (failedThisSession == 1 ? "1 failed" : failedThisSession + " failed"));
    }

    @Override
    public void finishing() {
        finishingAt = System.nanoTime();
        bar.done();
        if (show) {
            err.println(charts ? "writing summary.csv and charts..." : "writing summary.csv...");
            err.flush();
        }
    }

    void interrupted(Path sweepFile, Path directory) {
        if (done || directory == null) {
            return;
        }
        err.println();
        err.println("ceasefire sweep: interrupted. Every finished run is in " + directory.resolve("runs.csv") + "; finish the sweep with:");
        err.println("  ceasefire sweep " + sweepFile + " --out " + directory + " --resume");
        err.flush();
    }
}
