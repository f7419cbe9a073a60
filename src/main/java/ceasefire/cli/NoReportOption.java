package ceasefire.cli;

import picocli.CommandLine.Option;

/** {@code --no-report} for the commands that write report.html ({@code run}, {@code sweep}, {@code sweep merge}, {@code compare}, {@code calibrate}). */
public final class NoReportOption {

    @Option(names = "--no-report", description = "Skip report.html (one self-contained page: what was run, the results with their "
            + "intervals, every chart).")
    boolean noReport;

    /** Whether report.html is to be written. */
    boolean report() {
        return !noReport;
    }
}
