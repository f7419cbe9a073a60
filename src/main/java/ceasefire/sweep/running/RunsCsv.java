package ceasefire.sweep.running;

import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code runs.csv} file of a sweep: one row per finished run, appended as runs finish and
 * flushed at once, so a sweep killed at any moment loses at most the line being written. Every
 * row is one physical line (error messages are flattened), which is what lets {@link #recover}
 * tell a complete row from a partial one. At the end, {@link #sort} rewrites the file in run order,
 * so a finished sweep's runs.csv is the same bytes whatever the thread count or interruptions.
 */
public final class RunsCsv {

    public static final String FILE = "runs.csv";
    public static final String STATUS_OK = "ok";
    public static final String STATUS_FAILED = "failed";
    /** Columns before the varied parameters. */
    public static final List<String> LEAD = List.of("run", "point", "replication", "seed");
    /** Columns after the metrics. */
    public static final List<String> TAIL = List.of("status", "error");
    /** How often rows are forced to the disk (a kill loses nothing flushed; a power cut loses at most this). */
    private static final long FORCE_EVERY_NANOS = 5_000_000_000L;

    private RunsCsv() {
    }

    /** The header: run, point, replication, seed, every varied parameter, every metric, status, error. */
    public static List<String> header(List<String> parameters, List<String> metrics) {
        List<String> h = new ArrayList<>(LEAD);
        h.addAll(parameters);
        h.addAll(metrics);
        h.addAll(TAIL);
        return List.copyOf(h);
    }

    /** One row, as the line written to the file (with its '\n'). */
    static String line(List<String> fields) {
        StringWriter w = new StringWriter(256);
        try (CSVPrinter p = new CSVPrinter(w, CsvOut.FORMAT)) {
            p.printRecord(fields);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a StringWriter cannot fail", e);
        }
        return w.toString();
    }

    /** A message flattened to one line (row boundaries must be line boundaries). */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n]+", " | ").strip();
    }

    /** Appends rows to runs.csv, flushing each one. Used from one thread. */
    public static final class Appender extends AppendFile {
        private long lastForce = System.nanoTime();

        /** Opens {@code file} for appending; a new file gets the header first. */
        public Appender(Path file, List<String> header) throws IOException {
            super(file);
            if (channel.size() == 0) {
                write(line(header));
            }
        }

        public void write(List<String> fields) throws IOException {
            write(line(fields));
        }

        private void write(String line) throws IOException {
            // One write per row: a kill cannot leave half of an earlier row behind.
            append(line.getBytes(StandardCharsets.UTF_8));
            long now = System.nanoTime();
            if (now - lastForce > FORCE_EVERY_NANOS) {
                channel.force(false);
                lastForce = now;
            }
        }
    }

    /** What an existing runs.csv holds. */
    public record Scan(BitSet done, int rows, int failed, long droppedBytes) {
    }

    /** Checks a row of an existing file belongs to this sweep; returns a reason when it does not. */
    @FunctionalInterface
    public interface RowCheck {
        String problem(CSVRecord row);
    }

    /** Thrown when runs.csv has damage that a kill cannot explain (a bad row in the middle, duplicates). */
    public static final class DamagedException extends Exception {
        private static final long serialVersionUID = 1L;

        DamagedException(String message) {
            super(message);
        }
    }

    /**
     * Reads an existing runs.csv for {@code --resume}: cuts off a partial last line left by a kill
     * (the run it belonged to is simply run again), checks the header and every complete row, and
     * returns which runs are done (finished or failed).
     */
    public static Scan recover(Path file, List<String> header, int runs, RowCheck check) throws IOException, DamagedException {
        return scan(file, header, runs, check, true);
    }

    /**
     * Reads an existing runs.csv without changing it (a shard's, for {@code sweep merge}): a
     * partial last line is left where it is and not counted.
     */
    public static Scan read(Path file, List<String> header, int runs, RowCheck check) throws IOException, DamagedException {
        return scan(file, header, runs, check, false);
    }

    private static Scan scan(Path file, List<String> header, int runs, RowCheck check, boolean repair) throws IOException, DamagedException {
        BitSet done = new BitSet(runs);
        if (!Files.exists(file)) {
            return new Scan(done, 0, 0, 0);
        }
        long size = Files.size(file);
        long lastNewline = lastNewline(file, size);
        long dropped = size - (lastNewline + 1);
        if (dropped > 0 && repair) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(lastNewline + 1);
                ch.force(false);
            }
        }
        int rows = 0;
        int failed = 0;
        int lineNo = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
            for (int b; (b = in.read()) >= 0; ) {
                if (b != '\n') {
                    buf.write(b);
                    continue;
                }
                lineNo++;
                String text = buf.toString(StandardCharsets.UTF_8);
                buf.reset();
                CSVRecord row = parse(text, file, lineNo);
                if (lineNo == 1) {
                    if (!row.toList().equals(header)) {
                        throw new DamagedException(file + " has other columns than this sweep writes (a different sweep file, metrics "
                                + "or parameters?); expected " + String.join(",", header));
                    }
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new DamagedException(file + ":" + lineNo + ": has " + row.size() + " fields, expected " + header.size()
                            + "; the file was changed by something other than the sweep");
                }
                int run;
                try {
                    run = Integer.parseInt(row.get(0));
                } catch (NumberFormatException e) {
                    throw new DamagedException(file + ":" + lineNo + ": run '" + row.get(0) + "' is not a run index");
                }
                if (run < 0 || run >= runs) {
                    throw new DamagedException(file + ":" + lineNo + ": run " + run + " is outside this sweep's 0-" + (runs - 1));
                }
                if (done.get(run)) {
                    throw new DamagedException(file + ":" + lineNo + ": run " + run + " appears twice");
                }
                String why = check.problem(row);
                if (why != null) {
                    throw new DamagedException(file + ":" + lineNo + ": " + why);
                }
                String status = row.get(header.size() - 2);
                if (STATUS_FAILED.equals(status)) {
                    failed++;
                } else if (!STATUS_OK.equals(status)) {
                    throw new DamagedException(file + ":" + lineNo + ": status '" + status + "' is neither ok nor failed");
                }
                done.set(run);
                rows++;
            }
        }
        if (lineNo == 0 && repair) {
            // Killed before even the header was complete: start the file afresh.
            Files.delete(file);
        }
        return new Scan(done, rows, failed, dropped);
    }

    private static CSVRecord parse(String text, Path file, int lineNo) throws IOException, DamagedException {
        try (CSVParser p = CSVParser.parse(text, CsvOut.FORMAT)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) {
                throw new DamagedException(file + ":" + lineNo + ": is not one CSV row");
            }
            return records.get(0);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new DamagedException(file + ":" + lineNo + ": is not valid CSV (" + e.getMessage() + ")");
        }
    }

    private static long lastNewline(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(8192);
            long end = size;
            while (end > 0) {
                long start = Math.max(0, end - buf.capacity());
                buf.clear().limit((int) (end - start));
                ch.read(buf, start);
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        return start + i;
                    }
                }
                end = start;
            }
        }
        return -1;
    }

    /**
     * Rewrites the file with its rows in run order (atomically; a no-op when already in order).
     * Memory: one offset per run, never the rows themselves.
     */
    public static void sort(Path file, int runs) throws IOException {
        long[] offset = new long[runs];
        int[] length = new int[runs];
        Arrays.fill(offset, -1);
        long headerEnd = index(file, offset, length);
        // In run order already exactly when the rows' offsets grow with their run index.
        boolean sorted = true;
        long previous = -1;
        for (int run = 0; run < runs && sorted; run++) {
            if (offset[run] >= 0) {
                sorted = offset[run] > previous;
                previous = offset[run];
            }
        }
        if (sorted) {
            return;
        }
        long header = headerEnd;
        try (FileChannel src = FileChannel.open(file, StandardOpenOption.READ)) {
            AtomicFiles.writeBytes(file, out -> {
                copy(src, 0, (int) header, out);
                for (int run = 0; run < runs; run++) {
                    if (offset[run] >= 0) {
                        copy(src, offset[run], length[run], out);
                    }
                }
            });
        }
    }

    /**
     * Rewrites {@code file} without the rows of {@code runs} (atomically), so that they run again.
     * Used when a run's row survived an interruption but its daily series did not (a power cut can
     * keep one file's last writes and lose the other's): the run is repeated, with the same seed.
     */
    static void drop(Path file, BitSet runs, int total) throws IOException {
        long[] offset = new long[total];
        int[] length = new int[total];
        Arrays.fill(offset, -1);
        long header = index(file, offset, length);
        try (FileChannel src = FileChannel.open(file, StandardOpenOption.READ)) {
            AtomicFiles.writeBytes(file, out -> {
                copy(src, 0, (int) header, out);
                // Rows keep their order in the file (finish order, for an unfinished sweep).
                Integer[] order = new Integer[total];
                int n = 0;
                for (int run = 0; run < total; run++) {
                    if (offset[run] >= 0 && !runs.get(run)) {
                        order[n++] = run;
                    }
                }
                Arrays.sort(order, 0, n, (a, b) -> Long.compare(offset[a], offset[b]));
                for (int i = 0; i < n; i++) {
                    copy(src, offset[order[i]], length[order[i]], out);
                }
            });
        }
    }

    /**
     * Writes {@code target}: the header and then every run's row in run order, taken from
     * {@code shards} (run i from shard i mod N). Each source must hold its shard's rows exactly
     * once (checked before, by {@link #read}). Memory: 12 bytes per run, never the rows.
     */
    public static void merge(List<Path> shards, Path target, int runs) throws IOException {
        int n = shards.size();
        long[] offset = new long[runs];
        int[] length = new int[runs];
        Arrays.fill(offset, -1);
        long header = -1;
        for (int k = 0; k < n; k++) {
            long headerEnd = index(shards.get(k), offset, length);
            header = header < 0 ? headerEnd : header;
        }
        for (int run = 0; run < runs; run++) {
            if (offset[run] < 0) {
                throw new IOException("run " + run + " has no row in " + shards.get(run % n));
            }
        }
        long headerLength = header;
        List<FileChannel> channels = new ArrayList<>();
        try {
            for (Path shard : shards) {
                channels.add(FileChannel.open(shard, StandardOpenOption.READ));
            }
            AtomicFiles.writeBytes(target, out -> {
                copy(channels.get(0), 0, (int) headerLength, out);
                for (int run = 0; run < runs; run++) {
                    copy(channels.get(run % n), offset[run], length[run], out);
                }
            });
        } finally {
            for (FileChannel ch : channels) {
                ch.close();
            }
        }
    }

    /** Records where each complete row of {@code file} lies; returns the header's length. */
    private static long index(Path file, long[] offset, int[] length) throws IOException {
        long headerEnd = -1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long pos = 0;
            long lineStart = 0;
            int lineNo = 0;
            StringBuilder first = new StringBuilder(12);
            boolean inFirstField = true;
            for (int b; (b = in.read()) >= 0; pos++) {
                if (b == '\n') {
                    if (lineNo == 0) {
                        headerEnd = pos + 1;
                    } else {
                        int run = Integer.parseInt(first.toString());
                        offset[run] = lineStart;
                        length[run] = (int) (pos + 1 - lineStart);
                    }
                    lineNo++;
                    lineStart = pos + 1;
                    first.setLength(0);
                    inFirstField = true;
                } else if (lineNo > 0 && inFirstField) {
                    if (b == ',') {
                        inFirstField = false;
                    } else {
                        first.append((char) b);
                    }
                }
            }
        }
        return headerEnd;
    }

    private static void copy(FileChannel src, long at, int length, OutputStream out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (src.read(buf, at + buf.position()) < 0) {
                throw new IOException("runs.csv changed while being sorted");
            }
        }
        out.write(buf.array(), 0, length);
    }
}
