package ceasefire.cli;

import ceasefire.scenario.Problem;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}, runs at once, for the commands that run many ({@code sweep},
 * {@code calibrate}, {@code run --replications}, {@code sweep merge}; add it with {@code @Mixin}).
 * {@code run} and {@code sweep merge} word it their own way in {@code OutputOptions.properties}.
 */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: one per core).")
    Integer threads;

    /** The threads to use: {@code --threads}, or one per core. */
    int count() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Whether {@code --threads} was given. */
    boolean given() {
        return threads != null;
    }

    /** What is wrong with {@link #count()}, if anything (below 1), like {@link ResumeOption#problems}. */
    List<Problem> problems() {
        int n = count();
        return n < 1 ? List.of(new Problem("--threads", 0, "", n + " is not a number of threads (expected 1 or more)")) : List.of();
    }
}
