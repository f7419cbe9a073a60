package ceasefire.output;

import ceasefire.Version;
import ceasefire.scenario.Printable;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.Section;
import ceasefire.scenario.yaml.TreeReader;
import ceasefire.scenario.yaml.YamlText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An output folder this program owns, open for writing. Opening locks it ({@link FolderLock}) and
 * then writes, before anything else, the record {@value #RECORD}: a marker that only this program
 * writes (format {@value #FORMAT}, version {@value #VERSION}) with the list of every file written
 * there. A file is added to the list <em>before</em> it is written (every {@link AtomicFiles}
 * write into an open folder is recorded by itself), so whenever the process is killed, each file
 * of ours in the folder is on the list.
 *
 * <p>That is what makes {@code --force} safe: it deletes the listed files (and the temporary
 * {@code .part} files of interrupted writes of them) and nothing else; a folder that holds anything
 * not on the list, or that has no record at all (a web app's {@code manifest.json}), is refused,
 * naming what is in the way.</p>
 *
 * <p>For every command that writes a folder: run, sweep (one per shard), compare, calibrate.
 * Open with {@link #open}, write, close (try-with-resources).</p>
 */
public final class OutputFolder implements AutoCloseable {

    /** The record's file name: hidden, so that it does not clutter a listing of results. */
    public static final String RECORD = ".ceasefire-output.json";
    /** The format name in the record; no other program writes it. */
    public static final String FORMAT = "ceasefire-output";
    /** The record's format version. */
    public static final int VERSION = 1;

    /** What to do with a folder that already holds files. */
    public enum Mode {
        /** Only an empty or new folder (or one with a killed start of ours and nothing else) is used. */
        NEW,
        /** An earlier result of ours is deleted first, file by file; anything else refuses. */
        FORCE,
        /** An earlier result of ours is continued: kept, with the leftovers of interrupted writes removed. */
        RESUME
    }

    /** Open folders by absolute path, so that {@link #willWrite} finds the folder of a file. */
    private static final Map<Path, OutputFolder> OPEN = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path key;
    private final String kind;
    private final FolderLock lock;
    private final Set<String> files;

    private OutputFolder(Path dir, String kind, FolderLock lock, Set<String> files) {
        this.dir = dir;
        this.key = dir.toAbsolutePath().normalize();
        this.kind = kind;
        this.lock = lock;
        this.files = files;
    }

    /**
     * What a folder holds, as far as ownership goes.
     *
     * @param owned    the folder has our record
     * @param kind     what wrote it ({@code run}, {@code sweep}, ...), or empty
     * @param recorded files our record lists (relative, with '/')
     * @param present  files of ours present now (recorded, or leftovers of interrupted writes)
     * @param foreign  files that are not ours, relative
     */
    public record Contents(boolean owned, String kind, List<String> recorded, List<String> present, List<String> foreign) {
    }

    /** A non-empty folder opened with {@link Mode#NEW}: the caller may word the refusal for its command. */
    public static final class NotEmpty extends OutputException {
        private static final long serialVersionUID = 1L;
        private final transient Contents contents;

        NotEmpty(String message, Contents contents) {
            super(message);
            this.contents = contents;
        }

        public Contents contents() {
            return contents;
        }
    }

    /**
     * Opens the folder a command writes to, created if needed, locked, its record written.
     *
     * @param requested the user's {@code --out}, or null for a new {@code runsRoot/<name>-<date-time>}
     * @param kind      what writes it: {@code run}, {@code sweep}, {@code replications}, {@code compare}, ...
     */
    public static OutputFolder open(Path requested, Path runsRoot, String name, String kind, Mode mode) throws OutputException {
        Path dir = RunDirectory.locate(requested, runsRoot, name);
        FolderLock lock = FolderLock.acquire(dir, kind);
        try {
            Contents c = inspect(dir);
            if (!c.foreign().isEmpty()) {
                String what = listed(c.foreign()) + ", which this program did not write";
                throw new OutputException((c.owned() ? dir + " holds, beside an earlier result, " + what
                        : dir + " is not empty and holds no earlier result (no " + RECORD + "): it holds " + what)
                        + "; refusing to write into it even with --force: move " + (c.foreign().size() == 1 ? "it" : "them")
                        + " away or choose another --out");
            }
            if (mode == Mode.NEW && !c.present().isEmpty() && !onlyLeftovers(c)) {
                throw new NotEmpty(dir + " is not empty; use --force to overwrite the earlier " + (c.kind().isEmpty() ? "result" : c.kind())
                        + " there, or choose another --out", c);
            }
            Set<String> files = new LinkedHashSet<>(c.recorded());
            if (mode != Mode.RESUME) {
                for (String f : c.present()) {
                    delete(dir, f);
                }
                removeEmptyFolders(dir, c.recorded());
                files.clear();
            } else {
                for (String f : c.present()) {
                    if (!c.recorded().contains(f)) {
                        delete(dir, f); // a .part file of an interrupted write
                    }
                }
            }
            OutputFolder folder = new OutputFolder(dir, kind, lock, files);
            folder.writeRecord();
            OPEN.put(folder.key, folder);
            return folder;
        } catch (IOException e) {
            lock.close();
            throw new OutputException("cannot prepare " + dir + ": " + Printable.of(reason(e), 300));
        } catch (OutputException | RuntimeException e) {
            lock.discard();
            throw e;
        }
    }

    /**
     * Opens, for adding files, a folder that already carries our record (a run's folder that
     * {@code facts} writes into), locked like any other writer, keeping everything in it: nothing
     * is deleted or refused. Files written into it while open are added to its record first, as
     * in {@link #open}, so a later {@code --force} removes them with the rest. Null (and nothing
     * locked) when the folder holds no record of ours.
     *
     * @param command what writes there, for the lock ({@code facts})
     */
    public static OutputFolder join(Path dir, String command) throws OutputException {
        if (!Files.isDirectory(dir) || readRecord(dir) == null) {
            return null;
        }
        FolderLock lock = FolderLock.acquire(dir, command);
        try {
            Record record = readRecord(dir); // again under the lock: a writer may have replaced it meanwhile
            if (record == null) {
                lock.close();
                return null;
            }
            OutputFolder folder = new OutputFolder(dir, record.kind, lock, new LinkedHashSet<>(record.files));
            OPEN.put(folder.key, folder);
            return folder;
        } catch (RuntimeException e) {
            lock.discard();
            throw e;
        }
    }

    /**
     * A folder with our record whose listed files are all missing (a start killed before it wrote
     * anything) counts as empty for {@link Mode#NEW}.
     */
    private static boolean onlyLeftovers(Contents c) {
        return c.present().stream().allMatch(f -> !c.recorded().contains(f));
    }

    /** What {@code dir} holds; an absent folder holds nothing. */
    public static Contents inspect(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new Contents(false, "", List.of(), List.of(), List.of());
        }
        Record record = readRecord(dir);
        List<String> present = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> all;
        Path real = dir.toRealPath(); // an --out that is a link to a folder is that folder; links inside it are files
        try (Stream<Path> walk = Files.walk(real)) {
            all = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).map(p -> relative(real, p)).sorted().toList();
        }
        for (String f : all) {
            if (f.equals(FolderLock.FILE) || f.equals(RECORD)) {
                continue;
            }
            if (isPartOf(f, RECORD)) {
                present.add(f); // a rewrite of the record that a kill cut short: ours, removed on opening
                continue;
            }
            if (record != null && (record.files.contains(f) || record.files.stream().anyMatch(r -> isPartOf(f, r)))) {
                present.add(f);
            } else {
                foreign.add(f);
            }
        }
        return new Contents(record != null, record == null ? "" : record.kind, record == null ? List.of() : List.copyOf(record.files),
                present, foreign);
    }

    /** Whether {@code file} is a temporary file of an {@link AtomicFiles} write of {@code target}. */
    static boolean isPartOf(String file, String target) {
        int slash = target.lastIndexOf('/');
        String folder = target.substring(0, slash + 1);
        String name = target.substring(slash + 1);
        return file.startsWith(folder + "." + name + ".") && file.endsWith(".part") && file.indexOf('/', folder.length()) < 0;
    }

    /**
     * Called before a file is written: when it lies in an open folder, it is added to that
     * folder's record first. {@link AtomicFiles} calls it for every write; a writer that appends
     * (runs.csv, failures.log) calls it itself.
     */
    public static void willWrite(Path file) throws IOException {
        if (OPEN.isEmpty()) {
            return;
        }
        Path abs = file.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            OutputFolder folder = OPEN.get(p);
            if (folder != null) {
                String rel = relative(p, abs);
                if (!rel.equals(RECORD)) {
                    folder.record(rel);
                }
                return;
            }
        }
    }

    private synchronized void record(String relative) throws IOException {
        if (files.add(relative)) {
            writeRecord();
        }
    }

    private synchronized void writeRecord() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("kind", kind);
        m.put("program", "ceasefire " + Version.get());
        m.put("note", "written by ceasefire: the files it wrote in this folder, which --force may delete; nothing else is touched");
        m.put("files", new ArrayList<>(files));
        AtomicFiles.writeString(dir.resolve(RECORD), Json.write(m));
    }

    public Path dir() {
        return dir;
    }

    /** The lock's stale holder, when a killed process had left its lock behind. */
    public java.util.Optional<String> staleLock() {
        return lock.staleHolder();
    }

    @Override
    public void close() {
        OPEN.remove(key, this);
        lock.close();
    }

    // ------------------------------------------------------------------ the record

    private record Record(String kind, List<String> files) {
    }

    /** Our record, or null when there is none or it is not ours (another program's file of that name). */
    private static Record readRecord(Path dir) {
        Path file = dir.resolve(RECORD);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            TreeReader r = new TreeReader(file.toString(), ceasefire.scenario.Overrides.none());
            Section top = r.root(YamlText.parseFile(file, file.toString()));
            if (!FORMAT.equals(top.text("format", "")) || top.integer("version", 0, 0, Integer.MAX_VALUE) != VERSION) {
                return null;
            }
            String kind = top.text("kind", "");
            List<String> files = new ArrayList<>();
            for (String f : top.textList("files", List.of())) {
                if (safeRelative(f)) {
                    files.add(f);
                }
            }
            return new Record(kind, files);
        } catch (ScenarioException e) {
            return null;
        }
    }

    /**
     * Only plain relative names inside the folder are ever deleted: a record edited to list
     * {@code ../../home/me/thesis.tex} or {@code /etc/passwd} names nothing we delete.
     */
    static boolean safeRelative(String f) {
        if (f.isEmpty() || f.startsWith("/") || f.contains("\\") || f.contains("\0")) {
            return false;
        }
        for (String part : f.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static void delete(Path dir, String relative) throws IOException {
        Path p = dir.resolve(relative).normalize();
        if (p.startsWith(dir.normalize())) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * Removes the sub-folders of recorded files (charts/) that are left empty, deepest first;
     * never the folder itself, nor a folder of the user's.
     */
    private static void removeEmptyFolders(Path dir, List<String> recorded) throws IOException {
        Set<String> parents = new java.util.TreeSet<>(Comparator.comparingInt((String s) -> s.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String f : recorded) {
            for (int slash = f.indexOf('/'); slash > 0; slash = f.indexOf('/', slash + 1)) {
                parents.add(f.substring(0, slash));
            }
        }
        for (String name : parents) {
            Path f = dir.resolve(name);
            if (!Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> s = Files.newDirectoryStream(f)) {
                if (s.iterator().hasNext()) {
                    continue;
                }
            }
            Files.delete(f);
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** "a.txt", "a.txt and b.png", "a.txt, b.png, c.csv and 4 more". */
    static String listed(List<String> names) {
        List<String> shown = new ArrayList<>();
        for (String n : names.subList(0, Math.min(3, names.size()))) {
            shown.add(Printable.of(n, 120));
        }
        int more = names.size() - shown.size();
        if (more > 0) {
            return String.join(", ", shown) + " and " + more + " more";
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason() : String.valueOf(e.getMessage());
    }
}
