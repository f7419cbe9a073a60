package ceasefire.cli;

import picocli.CommandLine.Option;

/** {@code --no-charts} for the commands that draw a run's or a sweep's charts ({@code run}, {@code sweep}, {@code sweep merge}). */
public final class NoChartsOption {

    @Option(names = "--no-charts", description = "Skip the charts (faster; the CSV and JSON files are written as usual).")
    boolean noCharts;

    /** Whether the charts are to be drawn. */
    boolean charts() {
        return !noCharts;
    }
}
