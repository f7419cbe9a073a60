package ceasefire.calibrate;

import ceasefire.output.OutputException;
import ceasefire.output.OutputFolder;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Opens the folder a calibration writes to, as an {@link OutputFolder} (locked, every file on its
 * record, so {@code --force} deletes only what an earlier calibration wrote): a fresh
 * {@code runs/<name>-<date-time>} by default; an existing {@code --out} holding an earlier
 * calibration only to resume it (same inputs, checked by the hashes in its {@value Calibration#MARKER})
 * or, with {@code --force}, to start again. A folder of an earlier version of this program, with
 * {@value Calibration#MARKER} but no {@value OutputFolder#RECORD}, is refused, never overwritten.
 */
public final class CalibrationDirectory {

    /** The kind of folder on the record, and the lock's holder. */
    public static final String KIND = "calibrate";

    private CalibrationDirectory() {
    }

    /**
     * @param requested the user's {@code --out}, or null for a new folder under {@code runsRoot}
     * @param resume    continue the calibration there (the caller has checked that {@code requested} is given and not with {@code force})
     * @param force     start again there
     */
    public static OutputFolder open(Path requested, Path runsRoot, CalibrationSpec spec, boolean resume, boolean force)
            throws OutputException, IOException, ScenarioException {
        if (requested != null && Files.isDirectory(requested)) {
            OutputFolder.Contents c = OutputFolder.inspect(requested);
            if (!c.owned() && c.foreign().contains(Calibration.MARKER) && isCalibration(requested.resolve(Calibration.MARKER))) {
                throw new OutputException(requested + " holds a calibration written by an earlier version of ceasefire (its "
                        + Calibration.MARKER + ", but no " + OutputFolder.RECORD + " listing the files it wrote), so it is left as "
                        + "it is, even with --force or --resume: move it away or choose another --out");
            }
            if (resume && c.owned() && !c.present().isEmpty() && !KIND.equals(c.kind())) {
                throw new OutputException(requested + " holds " + (c.kind().isEmpty() ? "an earlier result" : "an earlier " + c.kind())
                        + ", not a calibration; there is nothing to resume there: choose another --out");
            }
        }
        OutputFolder folder;
        try {
            folder = OutputFolder.open(requested, runsRoot, spec.name(), KIND,
                    resume ? OutputFolder.Mode.RESUME : force ? OutputFolder.Mode.FORCE : OutputFolder.Mode.NEW);
        } catch (OutputFolder.NotEmpty e) {
            if (e.contents().present().contains(Calibration.MARKER)) {
                throw new OutputException(requested + " holds an earlier calibration; use --resume to continue it, --force to start it "
                        + "again, or choose another --out");
            }
            throw e;
        }
        Path marker = folder.dir().resolve(Calibration.MARKER);
        if (resume && Files.isRegularFile(marker)) {
            String text = Files.readString(marker);
            Map<String, Object> now = Calibration.marker(spec);
            for (String key : List.of("calibration_sha256", "scenario_sha256", "observed_sha256")) {
                if (!text.contains("\"" + key + "\": \"" + now.get(key) + "\"")) {
                    folder.close();
                    String what = key.substring(0, key.indexOf('_'));
                    throw new OutputException("cannot resume " + requested + ": the " + what + " file changed since that calibration started; "
                            + "use --force to start again there, or another --out");
                }
            }
        }
        return folder;
    }

    private static boolean isCalibration(Path marker) throws IOException {
        return Files.isRegularFile(marker) && Files.readString(marker).contains("\"format\": \"" + Calibration.FORMAT + "\"");
    }
}
