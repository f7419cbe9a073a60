package ceasefire.gui;

import ceasefire.output.AtomicFiles;
import ceasefire.output.FigureSpec;
import ceasefire.output.OutputException;
import ceasefire.output.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The snapshot directory of {@code ceasefire gui --snapshot DIR}: PNGs of the map and of each
 * chart, and {@value #MARKER} saying what they show. A directory is used only if it is new,
 * empty, or holds nothing but earlier snapshots (with their {@value #MARKER}); anything else in
 * it is the user's, so the directory is refused rather than mixed with.
 */
final class Snapshots {

    /** Written last; its presence marks a directory as holding snapshots of this program. */
    static final String MARKER = "snapshot.json";
    static final String MAP = "map.png";
    /** Every file a snapshot writes, in writing order. */
    static final List<String> FILES = List.of(MAP, LiveCharts.INCIDENTS, LiveCharts.ESCALATION, LiveCharts.CASUALTIES, MARKER);

    private Snapshots() {
    }

    /**
     * Checks and creates the directory. Returns whether it held earlier snapshots (which will be
     * replaced).
     */
    static boolean prepare(Path dir) throws OutputException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputException(dir + " is a file, not a directory; choose another --snapshot DIR");
        }
        if (!Files.isDirectory(dir)) {
            RunDirectory.create(dir);
            return false;
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        if (names.isEmpty()) {
            return false;
        }
        List<String> foreign = names.stream().filter(n -> !FILES.contains(n) && !isFigure(n)).sorted().toList();
        if (!foreign.isEmpty() || !names.contains(MARKER)) {
            String listed = String.join(", ", foreign.isEmpty() ? names.stream().sorted().toList() : foreign.subList(0, Math.min(5, foreign.size())));
            throw new OutputException(dir + " is not empty and holds files that are not earlier snapshots (" + listed
                    + (foreign.size() > 5 ? ", ..." : "") + "); choose a new or empty directory for --snapshot");
        }
        return true;
    }

    /** Whether a file name is one of the snapshot's figures in another format (map.svg, escalation.pdf). */
    static boolean isFigure(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return false;
        }
        String stem = name.substring(0, dot);
        String ext = name.substring(dot + 1);
        return Arrays.stream(FigureSpec.Format.values()).anyMatch(f -> f.extension().equals(ext)) && FILES.contains(stem + ".png");
    }

    /** Writes the marker (last, so that its presence means the snapshot is complete). */
    static void marker(Path dir, Map<String, Object> facts) throws IOException {
        AtomicFiles.writeString(dir.resolve(MARKER), ceasefire.output.Json.write(facts));
    }
}
