package ceasefire.sweep;

import ceasefire.TestFiles;
import ceasefire.scenario.ScenarioException;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import java.nio.file.Path;

/** Test sweep files (src/test/resources/sweeps) and loading that fails loudly. */
public final class SweepTestFiles {

    private SweepTestFiles() {
    }

    public static Path sweep(String name) {
        return TestFiles.root().resolve("src/test/resources/sweeps").resolve(name);
    }

    public static Path invalid(String name) {
        return sweep("invalid").resolve(name);
    }

    /** Loads a sweep that must be valid, with the file's own counts. */
    public static Sweep load(String name) {
        return load(name, null, null);
    }

    public static Sweep load(String name, Integer replications, Integer samples) {
        try {
            return SweepFile.load(sweep(name), new SweepFile.Settings(replications, samples, 2), (done, total) -> { });
        } catch (ScenarioException e) {
            throw new AssertionError("sweep should be valid but:\n" + e.getMessage(), e);
        }
    }
}
