package ceasefire.sweep.running;

import ceasefire.model.DayRecord;
import ceasefire.model.RunObserver;
import ceasefire.output.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code days.bin}: the daily series of every run, from which {@code trajectories.csv} is
 * computed. One record per run: the run index and its number of days (32-bit ints), then for each
 * day the {@link #SERIES} values as 32-bit floats (big-endian). Records are appended as runs
 * finish, before the run's row of runs.csv, so a run with a row always has its record; a kill
 * leaves at most a partial last record, which {@link #recover} cuts off. At the end the file is
 * rewritten in run order ({@link #writeInRunOrder}), with exactly one record per run (a failed run
 * has 0 days), so it is the same bytes whatever the threads, interruptions or shards.
 *
 * <p>Size: 8 + 24 x days bytes per run (about 3.7 kB for the flagship's 154 days).</p>
 */
public final class DailySeries {

    public static final String FILE = "days.bin";
    /** The daily series kept, in record order (the {@code metric} column of trajectories.csv). */
    public static final List<String> SERIES = List.of("incidents", "incidents_to_date", "casualties", "escalation", "hostility_a",
            "hostility_b");

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "incidents", "incidents that day",
            "incidents_to_date", "incidents to date",
            "casualties", "casualties that day",
            "escalation", "escalation index (0 to 1)",
            "hostility_a", "hostility of side A (0 to 1)",
            "hostility_b", "hostility of side B (0 to 1)");

    /** A daily series' label for charts, "incidents to date"; the CSV keeps the raw name. */
    public static String label(String series) {
        return LABELS.getOrDefault(series, series);
    }
    /** Values per day in a record: one per series. */
    public static final int WIDTH = SERIES.size();

    private DailySeries() {
    }

    /** Hears one run's days and keeps the series (as floats: 24 bytes a day). */
    static final class Recorder implements RunObserver {
        private float[] values = new float[WIDTH * 128];
        private int days;
        private int toDate;

        @Override
        public void day(DayRecord r) {
            if ((days + 1) * WIDTH > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            toDate += r.incidents();
            int at = days * WIDTH;
            values[at] = r.incidents();
            values[at + 1] = toDate;
            values[at + 2] = r.casualtiesA() + r.casualtiesB();
            values[at + 3] = (float) r.escalation();
            values[at + 4] = (float) r.hostilityA();
            values[at + 5] = (float) r.hostilityB();
            days++;
        }

        int days() {
            return days;
        }

        float[] values() {
            return Arrays.copyOf(values, days * WIDTH);
        }
    }

    /** A run's record as bytes. */
    static byte[] record(int run, float[] values) {
        int days = values.length / WIDTH;
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * values.length);
        b.putInt(run).putInt(days);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** Appends records (one write each, so a kill leaves at most one partial record). */
    public static final class Appender extends AppendFile {

        public Appender(Path file) throws IOException {
            super(file);
        }

        public void write(int run, float[] values) throws IOException {
            append(record(run, values));
        }
    }

    /** Where one run's record lies. */
    private record Slot(int source, long offset, int length) {
    }

    /**
     * Cuts off a partial last record left by a kill; returns the bytes removed. A record that
     * names a run outside the sweep means the file is not this sweep's.
     */
    public static long recover(Path file, int runs) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long size = Files.size(file);
        long end = scan(file, runs, (run, offset, length) -> { });
        if (end < size) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
                ch.force(false);
            }
        }
        return size - end;
    }

    /**
     * After an interruption: the runs runs.csv says are done ({@code done}) but whose daily series
     * is missing are taken out of runs.csv and {@code done}, to run again. Returns how many.
     */
    public static int repair(Path daysFile, Path runsFile, java.util.BitSet done, int runs) throws IOException {
        java.util.BitSet lost = (java.util.BitSet) done.clone();
        lost.andNot(recorded(daysFile, runs));
        if (lost.isEmpty()) {
            return 0;
        }
        RunsCsv.drop(runsFile, lost, runs);
        done.andNot(lost);
        return lost.cardinality();
    }

    /** The runs with a complete record in {@code file}. */
    static java.util.BitSet recorded(Path file, int runs) throws IOException {
        java.util.BitSet have = new java.util.BitSet(runs);
        if (Files.exists(file)) {
            scan(file, runs, (run, offset, length) -> have.set(run));
        }
        return have;
    }

    @FunctionalInterface
    private interface Visitor {
        void record(int run, long offset, int length);
    }

    /** Visits every complete record; returns the offset after the last one. */
    private static long scan(Path file, int runs, Visitor visitor) throws IOException {
        long pos = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int run;
                int days;
                try {
                    run = in.readInt();
                    days = in.readInt();
                } catch (EOFException e) {
                    return pos;
                }
                if (run < 0 || run >= runs || days < 0 || days > 10_000_000) {
                    throw new IOException(file + ": a record at byte " + pos + " names run " + run + " with " + days
                            + " days, which this sweep cannot have; the file is not this sweep's");
                }
                long length = 8 + 4L * WIDTH * days;
                in.skipNBytes(length - 8);
                pos += length;
                visitor.record(run, pos - length, (int) length);
            }
        } catch (EOFException partial) {
            return pos;
        }
    }

    /**
     * Writes {@code target} with one record per run, in run order, from the complete records of
     * {@code sources} (the first record of a run wins: a run run again after a kill gives the same
     * series). Runs with no record get an empty one. {@code target} may be one of the sources.
     * Memory: 16 bytes per run, never the series themselves.
     */
    public static void writeInRunOrder(List<Path> sources, Path target, int runs) throws IOException {
        int[] source = new int[runs];
        long[] offset = new long[runs];
        int[] length = new int[runs];
        Arrays.fill(source, -1);
        for (int s = 0; s < sources.size(); s++) {
            Path file = sources.get(s);
            if (!Files.exists(file)) {
                continue;
            }
            int index = s;
            scan(file, runs, (run, at, len) -> {
                if (source[run] < 0) {
                    source[run] = index;
                    offset[run] = at;
                    length[run] = len;
                }
            });
        }
        List<FileChannel> channels = new ArrayList<>();
        try {
            for (Path file : sources) {
                channels.add(Files.exists(file) ? FileChannel.open(file, StandardOpenOption.READ) : null);
            }
            AtomicFiles.writeBytes(target, out -> {
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                for (int run = 0; run < runs; run++) {
                    if (source[run] < 0) {
                        out.write(record(run, new float[0]));
                        continue;
                    }
                    if (buf.capacity() < length[run]) {
                        buf = ByteBuffer.allocate(length[run]);
                    }
                    buf.clear().limit(length[run]);
                    FileChannel ch = channels.get(source[run]);
                    while (buf.hasRemaining()) {
                        if (ch.read(buf, offset[run] + buf.position()) < 0) {
                            throw new IOException(sources.get(source[run]) + " changed while being read");
                        }
                    }
                    out.write(buf.array(), 0, length[run]);
                }
            });
        } finally {
            for (FileChannel ch : channels) {
                if (ch != null) {
                    ch.close();
                }
            }
        }
    }

    /** Reads a file written by {@link #writeInRunOrder}, one run at a time, in run order. */
    public static final class Reader implements Closeable {
        private final DataInputStream in;
        private final Path file;
        private int next;

        public Reader(Path file) throws IOException {
            this.file = file;
            InputStream raw = Files.newInputStream(file);
            this.in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        }

        /** The next run's values ({@code days x WIDTH}, day-major). */
        public float[] next() throws IOException {
            int run = in.readInt();
            int days = in.readInt();
            if (run != next) {
                throw new IOException(file + ": expected the record of run " + next + ", found run " + run);
            }
            next++;
            float[] v = new float[days * WIDTH];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readFloat();
            }
            return v;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
