package ceasefire.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that they appear complete or not at all: the content goes to a temporary file
 * beside the target, which is then renamed over it in one atomic step. A file written into an
 * open {@link OutputFolder} is added to its record first.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    public interface Content<T> {
        void writeTo(T sink) throws IOException;
    }

    public static void writeText(Path target, Content<Writer> content) throws IOException {
        writeBytes(target, out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    public static void writeBytes(Path target, Content<OutputStream> content) throws IOException {
        OutputFolder.willWrite(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: it makes files readable by their owner only, and the
        // results are meant to be shared like any file the user creates (umask applies).
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime() ^ Thread.currentThread().getId()) + ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
