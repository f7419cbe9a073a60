package ceasefire.sweep.running;

import ceasefire.output.OutputFolder;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A sweep file that grows by whole records as runs finish (runs.csv, days.bin): put on the
 * folder's record before it exists, opened for appending, one write per record so that a kill
 * leaves at most a partial last one, forced to disk on close.
 */
class AppendFile implements Closeable {

    final FileChannel channel;
    private final OutputStream out;

    AppendFile(Path file) throws IOException {
        OutputFolder.willWrite(file);
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        out = Channels.newOutputStream(channel);
    }

    /** Appends one record in one write. */
    final void append(byte[] record) throws IOException {
        out.write(record);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            out.close();
        }
    }
}
