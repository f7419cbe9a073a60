package ceasefire.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} for the commands that show a progress bar or print a summary ({@code run},
 * {@code sweep}, {@code sweep merge}, {@code compare}, {@code calibrate}; add it with {@code @Mixin}).
 * Errors are printed regardless. {@code compare} and {@code sweep merge}, which show no progress
 * bar, word it in {@code OutputOptions.properties}.
 */
public final class QuietOption {

    @Option(names = "--quiet", description = "No progress bar and no summary (errors are still printed).")
    boolean quiet;

    /** Whether {@code --quiet} was given. */
    boolean on() {
        return quiet;
    }
}
