package ceasefire.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per output folder: an exclusive lock on the file {@value #FILE} inside it, which
 * holds the process id, the command and when it started. The lock itself is the operating
 * system's ({@link FileChannel#tryLock()}), so a process killed with {@code kill -9} releases it
 * at once: the text it leaves behind is a stale lock, detected and taken over by the next writer,
 * which can say whose it was. A live holder makes {@link #acquire} fail with a message naming it.
 * Closing the lock empties the file (an empty lock file means nobody holds the folder).
 *
 * <p>Reusable by every command that writes a folder (run, sweep and its shards, compare,
 * calibrate); {@link OutputFolder#open} takes it before looking at the folder's contents.</p>
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name, inside the locked folder. */
    public static final String FILE = ".ceasefire.lock";

    /** Folders locked by this process: the operating system does not tell one JVM's two locks apart. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path file;
    /** This lock made the lock file (it was not there before). */
    private final boolean created;
    private final FileChannel channel;
    private final FileLock lock;
    private final String stale;
    private boolean closed;

    private FolderLock(Path dir, Path file, boolean created, FileChannel channel, FileLock lock, String stale) {
        this.dir = dir;
        this.file = file;
        this.created = created;
        this.channel = channel;
        this.lock = lock;
        this.stale = stale;
    }

    /**
     * Locks {@code dir} (which must exist) for {@code command}, or says who holds it.
     *
     * @throws OutputException when another process, or another command of this one, holds it
     */
    public static FolderLock acquire(Path dir, String command) throws OutputException {
        Path key = dir.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            throw new OutputException(dir + " is in use by another command of this process (pid " + ProcessHandle.current().pid()
                    + "); wait for it to finish or choose another --out");
        }
        try {
            return lock(dir, key.resolve(FILE), command);
        } catch (OutputException | RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static FolderLock lock(Path dir, Path file, String command) throws OutputException {
        FileChannel channel;
        boolean created = !java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException("cannot lock " + dir + " for writing: " + reason(e));
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = describe(read(channel));
                channel.close();
                throw new OutputException(dir + " is in use by " + holder + ", which is writing there; wait for it to finish, "
                        + "or choose another --out");
            }
            // Text left by a holder that never reached close(): it was killed, and the system released its lock.
            String previous = read(channel);
            String mine = "pid " + ProcessHandle.current().pid() + "\ncommand " + command + "\nstarted "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(mine.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new FolderLock(dir, file, created, channel, lock, previous.isBlank() ? null : describe(previous));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException("cannot lock " + dir + " for writing: " + reason(e));
        }
    }

    /** When the lock file was left by a process that died (killed, say), who that was. */
    public Optional<String> staleHolder() {
        return Optional.ofNullable(stale);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Lets go of a folder this command decided not to write after all (it is the user's): the lock
     * file is removed too when this lock made it, so that a refusal leaves the folder as it was.
     */
    public synchronized void discard() {
        if (created && !closed) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (IOException e) {
                // An empty lock file is left behind; close() below still empties and releases it.
                closed = false;
            }
        }
        close();
    }

    /**
     * Empties the lock file, then lets go of the lock. The empty file stays: deleting it would let
     * a waiting process lock a file no longer at the path while a third one locks its successor.
     * Nothing else may open the lock file in this process meanwhile: on POSIX systems, closing any
     * descriptor of a file releases the process's locks on it.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // The text stays (a read-only disk, say); the next writer reads it as a stale lock and takes it over.
            HELD_HERE.remove(dir.toAbsolutePath().normalize());
        } finally {
            closeQuietly(channel); // releases the lock
            HELD_HERE.remove(dir.toAbsolutePath().normalize());
        }
    }

    private static String read(FileChannel channel) throws IOException {
        long size = Math.min(channel.size(), 4096);
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** "process 1234 (ceasefire sweep, started 2026-...)" from a lock file's text. */
    static String describe(String text) {
        String pid = field(text, "pid");
        String command = field(text, "command");
        String started = field(text, "started");
        if (pid.isEmpty()) {
            return "another process";
        }
        return ceasefire.scenario.Printable.of("process " + pid + (command.isEmpty() ? "" : " (ceasefire " + command
                + (started.isEmpty() ? "" : ", started " + started) + ")"), 200);
    }

    private static String field(String text, String name) {
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }

    /** The file system's reason for a failure ("Permission denied"), else the exception's message. */
    static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            assert e != null; // nothing was written through it that matters
        }
    }
}
