package ceasefire.sweep.running;

import ceasefire.model.RunLog;
import ceasefire.model.RunSummary;
import ceasefire.output.AtomicFiles;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * {@code --keep-runs}: every run's own timeseries.csv (the columns of a single run's), compressed,
 * as {@code timeseries/run-NNNNNN.csv.gz} in the sweep directory. Written by the worker that ran
 * it, atomically, so a kill never leaves a truncated file under the final name; gzip's header
 * carries no time, so a run gives the same bytes wherever it ran.
 */
public final class KeptRuns {

    public static final String DIR = "timeseries";

    private KeptRuns() {
    }

    /** The kept file of run {@code run}, relative to the sweep directory. */
    public static String name(int run) {
        return DIR + "/" + String.format(Locale.ROOT, "run-%06d.csv.gz", run);
    }

    static void write(Path dir, int run, Scenario scenario, RunLog log, RunSummary summary) throws IOException {
        Path target = dir.resolve(String.format(Locale.ROOT, "run-%06d.csv.gz", run));
        Path plain = Files.createTempFile(dir, ".run-" + run + "-", ".csv");
        try {
            new RunWriter(scenario, "", Overrides.none(), log, summary).writeTimeseries(plain);
            AtomicFiles.writeBytes(target, out -> {
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                Files.copy(plain, gz);
                gz.finish();
            });
        } finally {
            Files.deleteIfExists(plain);
        }
    }
}
