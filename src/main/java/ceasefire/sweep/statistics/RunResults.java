package ceasefire.sweep.statistics;

import ceasefire.output.CsvOut;
import ceasefire.sweep.running.RunsCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a runs.csv as columns of numbers, ordered by run index: what statistics, charts and
 * comparisons read. It keeps 8 bytes per run and metric plus a few per run, never the rows' text,
 * and it reads the file, never the runs' objects, so results are computed from exactly what was
 * written (and equal whether a sweep ran at once or was resumed).
 */
public final class RunResults {

    private final List<String> parameters;
    private final List<String> metrics;
    private final int[] run;
    private final int[] point;
    private final int[] replication;
    private final long[] seed;
    private final boolean[] ok;
    private final double[][] values;
    private final Map<Integer, String> errors;
    private final Map<Integer, List<String>> pointValues;
    private final int[][] rowsByPoint;

    private RunResults(List<String> parameters, List<String> metrics, int[] run, int[] point, int[] replication, long[] seed,
                       boolean[] ok, double[][] values, Map<Integer, String> errors, Map<Integer, List<String>> pointValues) {
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(metrics);
        this.run = run;
        this.point = point;
        this.replication = replication;
        this.seed = seed;
        this.ok = ok;
        this.values = values;
        this.errors = errors;
        this.pointValues = pointValues;
        int points = 0;
        for (int p : point) {
            points = Math.max(points, p + 1);
        }
        int[] count = new int[points];
        for (int p : point) {
            count[p]++;
        }
        rowsByPoint = new int[points][];
        for (int p = 0; p < points; p++) {
            rowsByPoint[p] = new int[count[p]];
        }
        int[] fill = new int[points];
        for (int r = 0; r < point.length; r++) {
            rowsByPoint[point[r]][fill[point[r]]++] = r;
        }
    }

    /**
     * Reads runs.csv; {@code parameters} and {@code metrics} name its columns (as the manifest
     * lists them). Rows are put in run order whatever order the file has.
     */
    public static RunResults read(Path file, List<String> parameters, List<String> metrics) throws IOException {
        List<String> header = RunsCsv.header(parameters, metrics);
        int cap = 1024;
        int n = 0;
        int[] run = new int[cap];
        int[] point = new int[cap];
        int[] rep = new int[cap];
        long[] seed = new long[cap];
        boolean[] ok = new boolean[cap];
        double[][] values = new double[metrics.size()][cap];
        Map<Integer, String> errors = new LinkedHashMap<>();
        Map<Integer, List<String>> pointValues = new LinkedHashMap<>();
        int firstMetric = RunsCsv.LEAD.size() + parameters.size();
        // One pass, one record at a time, straight into primitive columns: the text of the rows
        // is never held.
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CsvOut.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            if (!p.getHeaderNames().equals(header)) {
                throw new IOException(file + " has columns " + String.join(",", p.getHeaderNames()) + "; expected " + String.join(",", header));
            }
            for (CSVRecord rec : p) {
                if (rec.size() != header.size()) {
                    throw new IOException(file + ":" + rec.getRecordNumber() + ": has " + rec.size() + " fields, expected " + header.size());
                }
                if (n == cap) {
                    cap *= 2;
                    run = Arrays.copyOf(run, cap);
                    point = Arrays.copyOf(point, cap);
                    rep = Arrays.copyOf(rep, cap);
                    seed = Arrays.copyOf(seed, cap);
                    ok = Arrays.copyOf(ok, cap);
                    for (int m = 0; m < metrics.size(); m++) {
                        values[m] = Arrays.copyOf(values[m], cap);
                    }
                }
                try {
                    run[n] = Integer.parseInt(rec.get(0));
                    point[n] = Integer.parseInt(rec.get(1));
                    rep[n] = Integer.parseInt(rec.get(2));
                    seed[n] = Long.parseLong(rec.get(3));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + (rec.getRecordNumber() + 1) + ": run, point, replication and seed must be whole numbers");
                }
                if (!pointValues.containsKey(point[n])) {
                    List<String> pv = new ArrayList<>(parameters.size());
                    for (int j = 0; j < parameters.size(); j++) {
                        pv.add(rec.get(RunsCsv.LEAD.size() + j));
                    }
                    pointValues.put(point[n], List.copyOf(pv));
                }
                ok[n] = RunsCsv.STATUS_OK.equals(rec.get(header.size() - 2));
                if (!ok[n]) {
                    errors.put(run[n], rec.get(header.size() - 1));
                }
                for (int m = 0; m < metrics.size(); m++) {
                    String text = rec.get(firstMetric + m);
                    values[m][n] = !ok[n] || text.isEmpty() ? Double.NaN : parse(text, file, run[n]);
                }
                n++;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] byRun = run;
        Arrays.sort(order, (a, b) -> Integer.compare(byRun[a], byRun[b]));
        int[] sRun = new int[n];
        int[] sPoint = new int[n];
        int[] sRep = new int[n];
        long[] sSeed = new long[n];
        boolean[] sOk = new boolean[n];
        double[][] sValues = new double[metrics.size()][n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            sRun[i] = run[from];
            if (i > 0 && sRun[i] == sRun[i - 1]) {
                throw new IOException(file + ": run " + sRun[i] + " appears twice");
            }
            sPoint[i] = point[from];
            sRep[i] = rep[from];
            sSeed[i] = seed[from];
            sOk[i] = ok[from];
            for (int m = 0; m < metrics.size(); m++) {
                sValues[m][i] = values[m][from];
            }
        }
        return new RunResults(parameters, metrics, sRun, sPoint, sRep, sSeed, sOk, sValues, errors, pointValues);
    }

    private static double parse(String text, Path file, int run) throws IOException {
        switch (text) {
            case "inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            default -> {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new IOException(file + ": run " + run + " has '" + text + "' where a number belongs");
                }
            }
        }
    }

    public List<String> parameters() {
        return parameters;
    }

    public List<String> metrics() {
        return metrics;
    }

    public int rows() {
        return run.length;
    }

    public int failed() {
        return errors.size();
    }

    /** Design points with at least one row: 0 to points() - 1. */
    public int points() {
        return rowsByPoint.length;
    }

    public int run(int row) {
        return run[row];
    }

    public int point(int row) {
        return point[row];
    }

    public int replication(int row) {
        return replication[row];
    }

    public long seed(int row) {
        return seed[row];
    }

    public boolean ok(int row) {
        return ok[row];
    }

    /** The error message of a failed run, by run index. */
    public Map<Integer, String> errors() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    /** The varied parameters' values of a design point, as written; empty if the point has no row. */
    public List<String> pointValues(int p) {
        return pointValues.getOrDefault(p, List.of());
    }

    /** Rows of a design point, in replication order. */
    public int[] rowsOf(int p) {
        return p < rowsByPoint.length ? rowsByPoint[p].clone() : new int[0];
    }

    /** Rows of a design point that failed. */
    public int failedAt(int p) {
        int n = 0;
        for (int r : rowsOf(p)) {
            n += ok[r] ? 0 : 1;
        }
        return n;
    }

    public double value(String metric, int row) {
        return values[metricIndex(metric)][row];
    }

    /** A metric's defined values (finished runs, not NaN) at a design point, in replication order. */
    public double[] values(String metric, int p) {
        double[] col = values[metricIndex(metric)];
        return defined(col, rowsOf(p));
    }

    /** A metric's defined values over the given rows. */
    public double[] values(String metric, int[] rows) {
        return defined(values[metricIndex(metric)], rows);
    }

    /** Runs that finished at a point but left the metric undefined (a collapse day when nothing collapsed). */
    public int undefinedAt(String metric, int p) {
        double[] col = values[metricIndex(metric)];
        int n = 0;
        for (int r : rowsOf(p)) {
            n += ok[r] && Double.isNaN(col[r]) ? 1 : 0;
        }
        return n;
    }

    private static double[] defined(double[] col, int[] rows) {
        double[] out = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            if (!Double.isNaN(col[r])) {
                out[n++] = col[r];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int metricIndex(String metric) {
        int i = metrics.indexOf(metric);
        if (i < 0) {
            throw new IllegalArgumentException("no metric '" + metric + "' in these results (metrics: " + metrics + ")");
        }
        return i;
    }
}
