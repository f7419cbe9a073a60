package ceasefire.calibrate;

import ceasefire.output.FolderLock;
import ceasefire.output.OutputException;
import ceasefire.output.RunDirectory;
import ceasefire.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses the directory a calibration writes to without ever touching what a user made: a fresh
 * {@code runs/<name>-<date-time>} by default; an existing non-empty {@code --out} only when it holds
 * a calibration of ours (its {@value Calibration#MARKER}), to resume (same inputs, checked by their
 * hashes) or, with {@code --force}, to start again, deleting only the files a calibration writes.
 * Anything else in the folder is named and the folder refused.
 */
public final class CalibrationDirectory {

    private CalibrationDirectory() {
    }

    public static Path prepare(Path requested, Path runsRoot, CalibrationSpec spec, boolean resume, boolean force)
            throws OutputException, IOException, ScenarioException {
        if (resume && force) {
            throw new OutputException("--resume continues a calibration and --force starts it again: give one of them");
        }
        if (requested == null) {
            if (resume) {
                throw new OutputException("--resume needs --out DIR, the folder of the calibration to continue");
            }
            return RunDirectory.prepare(null, runsRoot, spec.name(), false, Calibration.MARKER);
        }
        if (requested.toString().isBlank()) {
            throw new OutputException("the output directory is empty text; give a directory, e.g. --out runs/fit");
        }
        if (Files.exists(requested) && !Files.isDirectory(requested)) {
            throw new OutputException(requested + " is a file, not a directory; choose another --out");
        }
        if (!Files.isDirectory(requested) || isEmpty(requested)) {
            return RunDirectory.create(requested);
        }
        Path marker = requested.resolve(Calibration.MARKER);
        String text = Files.isRegularFile(marker) ? Files.readString(marker) : "";
        if (!text.contains("\"format\": \"" + Calibration.FORMAT + "\"")) {
            throw new OutputException(requested + " is not empty and holds no calibration of ours (no " + Calibration.MARKER
                    + "); refusing to write into it; choose another --out");
        }
        if (resume) {
            Map<String, Object> now = Calibration.marker(spec);
            for (String key : List.of("calibration_sha256", "scenario_sha256", "observed_sha256")) {
                if (!text.contains("\"" + key + "\": \"" + now.get(key) + "\"")) {
                    String what = key.substring(0, key.indexOf('_'));
                    throw new OutputException("cannot resume " + requested + ": the " + what + " file changed since that calibration started; "
                            + "use --force to start again there, or another --out");
                }
            }
            return requested;
        }
        if (!force) {
            throw new OutputException(requested + " holds an earlier calibration; use --resume to continue it, --force to start it again, "
                    + "or choose another --out");
        }
        List<String> foreign = foreign(requested);
        if (!foreign.isEmpty()) {
            throw new OutputException(requested + " holds files no calibration writes (" + String.join(", ", foreign)
                    + "); refusing to start again there even with --force; move them or choose another --out");
        }
        for (String f : Calibration.FILES) {
            Files.deleteIfExists(requested.resolve(f));
        }
        for (String c : Calibration.CHART_FILES) {
            Files.deleteIfExists(requested.resolve("charts").resolve(c));
        }
        Path charts = requested.resolve("charts");
        if (Files.isDirectory(charts) && isEmpty(charts)) {
            Files.delete(charts);
        }
        return requested;
    }

    /** Names in the folder that a calibration does not write. */
    static List<String> foreign(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.equals(FolderLock.FILE)) {
                    continue; // the lock of the command that is looking (issue 11)
                }
                if (n.equals("charts") && Files.isDirectory(p)) {
                    try (DirectoryStream<Path> c = Files.newDirectoryStream(p)) {
                        for (Path q : c) {
                            if (!Calibration.CHART_FILES.contains(q.getFileName().toString())) {
                                out.add("charts/" + q.getFileName());
                            }
                        }
                    }
                } else if (!Calibration.FILES.contains(n)) {
                    out.add(n);
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    return false;
                }
            }
            return true;
        }
    }
}
