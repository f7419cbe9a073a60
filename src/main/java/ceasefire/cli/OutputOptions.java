package ceasefire.cli;

import ceasefire.output.OutputFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR} and {@code --force} for the commands that write an output folder through
 * {@link OutputFolder} ({@code run}, {@code sweep}, {@code compare}, {@code calibrate}; add it with
 * {@code @Mixin}). {@code facts} and {@code schema} write one file and keep their own.
 *
 * <p>The shared output mixins ({@link ResumeOption}, {@link NoChartsOption}, {@link NoReportOption},
 * {@link KeepRunsOption} too) declare each option once, with a general description; a command
 * that names the resource bundle {@code ceasefire.cli.OutputOptions} gets its own wording of it
 * from {@code OutputOptions.properties} (picocli's keys: {@code ceasefire.<command>.<option>}).</p>
 */
public final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: a new runs/<name>-<date-time>/, named after "
            + "the scenario, sweep or calibration, or compare-<A>-vs-<B>).")
    Path out;

    @Option(names = "--force", description = "Start over in --out DIR: the files an earlier result of this program wrote there "
            + "(listed in its " + OutputFolder.RECORD + ") are deleted first; a folder holding anything else is refused.")
    boolean force;

    /** The folder asked for, or null for a new one under runs/. */
    Path dir() {
        return out;
    }

    /** Whether {@code --force} was given. */
    boolean force() {
        return force;
    }

    /** Tells the user when {@code folder}'s lock was taken over from a process that is no longer running. */
    static void noteStaleLock(PrintWriter err, OutputFolder folder) {
        folder.staleLock().ifPresent(holder -> err.println("note: " + folder.dir() + " was locked by " + holder
                + ", which is no longer running; its lock was taken over"));
    }

    /** How to open the folder: {@link OutputFolder.Mode#FORCE} with {@code --force}, else {@link OutputFolder.Mode#NEW}. */
    OutputFolder.Mode mode() {
        return force ? OutputFolder.Mode.FORCE : OutputFolder.Mode.NEW;
    }
}
