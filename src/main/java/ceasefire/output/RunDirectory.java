package ceasefire.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Chooses and creates the directory a run writes to. Whether a folder may be written (it is ours,
 * nobody else is writing it) is {@link OutputFolder}'s job.
 */
public final class RunDirectory {

    /** The run's summary, written last and listing the other files (ownership is .ceasefire-output.json's job). */
    public static final String MARKER = "summary.json";

    private RunDirectory() {
    }

    /**
     * The directory a command writes to, created if needed, but not yet checked for what it holds:
     * {@link OutputFolder#open} does that under its lock.
     *
     * @param requested the user's {@code --out}, or null for a fresh
     *                  {@code runsRoot/<name>-<yyyyMMdd-HHmmss>} (suffixed -2, -3 ... if taken)
     */
    static Path locate(Path requested, Path runsRoot, String name) throws OutputException {
        if (requested == null) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path base = runsRoot.resolve(safe(name) + "-" + stamp);
            Path candidate = base;
            for (int k = 2; Files.exists(candidate); k++) {
                candidate = runsRoot.resolve(base.getFileName() + "-" + k);
            }
            return create(candidate);
        }
        if (requested.toString().isBlank()) {
            throw new OutputException("the output directory is empty text; give a directory, e.g. --out runs/mine");
        }
        if (Files.exists(requested) && !Files.isDirectory(requested)) {
            throw new OutputException(requested + " is a file, not a directory; choose another --out");
        }
        return create(requested);
    }

    /**
     * Creates {@code dir} and its parents. A refusal by the file system (a parent that is a file,
     * no permission, a read-only disk) is the user's choice of place, not a fault of the program,
     * so it is reported as an {@link OutputException} that says which part is in the way.
     */
    public static Path create(Path dir) throws OutputException {
        try {
            Files.createDirectories(dir);
            return dir;
        } catch (java.nio.file.AccessDeniedException e) {
            throw new OutputException("cannot create " + dir + ": permission denied" + at(e, dir));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new OutputException("cannot create " + dir + ": " + e.getFile() + " is a file, not a directory");
        } catch (IOException e) {
            Path file = firstFileOnTheWay(dir);
            if (file != null) {
                throw new OutputException("cannot create " + dir + ": " + file + " is a file, not a directory");
            }
            throw new OutputException("cannot create " + dir + ": " + FolderLock.reason(e));
        }
    }

    private static String at(java.nio.file.FileSystemException e, Path dir) {
        return e.getFile() != null && !e.getFile().equals(dir.toString()) ? " (on " + e.getFile() + ")" : "";
    }

    /** The nearest ancestor of {@code dir} (or {@code dir} itself) that exists as a regular file, or null. */
    private static Path firstFileOnTheWay(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return dir.isAbsolute() ? p : Path.of("").toAbsolutePath().relativize(p);
            }
        }
        return null;
    }

    /** A name safe for a directory: letters, digits, dot, dash and underscore. */
    public static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "run" : s;
    }
}
