package ceasefire.cli;

import picocli.CommandLine.Option;

/** {@code --keep-runs} for the commands that run many replications ({@code sweep}, {@code run --replications}). */
public final class KeepRunsOption {

    @Option(names = "--keep-runs", description = "Also keep every run's own timeseries.csv, gzip-compressed, as "
            + "timeseries/run-NNNNNN.csv.gz (trajectories.csv always has the daily mean and quantiles; with run: --replications only).")
    boolean keepRuns;

    /** Whether {@code --keep-runs} was given. */
    boolean on() {
        return keepRuns;
    }
}
