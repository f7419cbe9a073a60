package ceasefire.cli;

import ceasefire.scenario.Problem;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --resume} for the commands whose work can be interrupted and finished later
 * ({@code sweep}, {@code calibrate}; add it with {@code @Mixin}, beside {@link OutputOptions}).
 */
public final class ResumeOption {

    @Option(names = "--resume", description = "Finish the interrupted work in --out DIR: what is already there (a sweep's runs in "
            + "runs.csv, a calibration's evaluations in trace.csv) is not run again.")
    boolean resume;

    /** Whether {@code --resume} was given. */
    boolean on() {
        return resume;
    }

    /** What is wrong with {@code --resume} beside these output options: with {@code --force}, or without {@code --out}. */
    List<Problem> problems(OutputOptions output, String what) {
        List<Problem> usage = new ArrayList<>();
        if (resume && output.force()) {
            usage.add(new Problem("--resume", 0, "", "--resume finishes a " + what + " and --force starts it over; give one of them"));
        }
        if (resume && output.dir() == null) {
            usage.add(new Problem("--resume", 0, "", "needs --out DIR, the directory of the " + what + " to finish"));
        }
        return usage;
    }
}
