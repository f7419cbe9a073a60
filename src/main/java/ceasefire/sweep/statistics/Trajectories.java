package ceasefire.sweep.statistics;

import ceasefire.output.AtomicFiles;
import ceasefire.output.CsvOut;
import ceasefire.output.Num;
import ceasefire.sweep.design.SweepPlan;
import ceasefire.sweep.running.DailySeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code trajectories.csv}: the course of each design point day by day, in tidy form (one row per
 * design point, day and series: the mean and the 5%, 50% and 95% quantiles over the point's
 * replications).
 *
 * <p>Exact quantiles per (point, day) need every replication of that point, and only those. So
 * the series are read from {@code days.bin} in run order, one design point at a time (its
 * replications are consecutive runs): memory is one point's replications x days x 6 floats (20
 * replications of 154 days: 74 kB), whatever the number of points or runs. Keeping running
 * quantile sketches for all points at once instead would cost memory in the number of points and
 * give approximate, order-dependent quantiles, which would break the byte-identity of a merged
 * sweep with a single-machine one.</p>
 */
public final class Trajectories {

    public static final String FILE = "trajectories.csv";
    /** Columns after the point and its parameter values. */
    public static final List<String> COLUMNS = List.of("day", "metric", "n", "mean", "q05", "q50", "q95");
    /** Design points whose trajectories are charted (beyond this, the CSV only). */
    public static final int CHART_POINTS = 24;

    /** One series of one design point over its days, for a chart: median and 5-95% band. */
    public record Band(String series, double[] median, double[] low, double[] high) {
    }

    /** The charted series of one design point. */
    public record PointBands(int point, List<String> values, List<Band> bands) {
    }

    private Trajectories() {
    }

    /**
     * Writes trajectories.csv from a days.bin in run order; returns the bands of the first
     * {@link #CHART_POINTS} points for {@code charted} series (escalation, incidents to date).
     * A day counts only the runs still going that day ({@code n}); failed runs have no days.
     */
    public static List<PointBands> write(Path days, Path target, SweepPlan plan, List<String> parameters, List<String> charted) throws IOException {
        List<PointBands> bands = new ArrayList<>();
        int width = DailySeries.WIDTH;
        int reps = plan.replications();
        List<String> header = new ArrayList<>();
        header.add("point");
        header.addAll(parameters);
        header.addAll(COLUMNS);
        // Each series' place among the charted ones (-1: not charted), looked up once rather than per point, day and series.
        int[] chartedAs = new int[width];
        for (int s = 0; s < width; s++) {
            chartedAs[s] = charted.indexOf(DailySeries.SERIES.get(s));
        }
        try (DailySeries.Reader in = new DailySeries.Reader(days)) {
            AtomicFiles.writeText(target, w -> {
                CSVPrinter p = CsvOut.printer(w, header);
                float[][] runs = new float[reps][];
                double[] sample = new double[reps];
                for (int point = 0; point < plan.points(); point++) {
                    int maxDays = 0;
                    for (int r = 0; r < reps; r++) {
                        runs[r] = in.next();
                        maxDays = Math.max(maxDays, runs[r].length / width);
                    }
                    List<String> values = plan.values(point);
                    boolean chart = point < CHART_POINTS;
                    double[][][] band = chart ? new double[charted.size()][3][maxDays] : null;
                    for (int d = 0; d < maxDays; d++) {
                        for (int s = 0; s < width; s++) {
                            int n = 0;
                            for (int r = 0; r < reps; r++) {
                                if (runs[r].length > d * width) {
                                    sample[n++] = runs[r][d * width + s];
                                }
                            }
                            double[] sorted = Arrays.copyOf(sample, n);
                            // Summed in replication order, so the mean is the same bits on every machine.
                            double sum = 0;
                            for (double v : sorted) {
                                sum += v;
                            }
                            Arrays.sort(sorted);
                            double q05 = Stats.quantile(sorted, 0.05);
                            double q50 = Stats.quantile(sorted, 0.5);
                            double q95 = Stats.quantile(sorted, 0.95);
                            List<Object> row = new ArrayList<>(values.size() + 8);
                            row.add(point);
                            row.addAll(values);
                            row.add(d);
                            row.add(DailySeries.SERIES.get(s));
                            row.add(n);
                            row.add(Num.fmt(sum / n, 4));
                            row.add(Num.fmt(q05, 4));
                            row.add(Num.fmt(q50, 4));
                            row.add(Num.fmt(q95, 4));
                            p.printRecord(row);
                            int c = chart ? chartedAs[s] : -1;
                            if (c >= 0) {
                                band[c][0][d] = q50;
                                band[c][1][d] = q05;
                                band[c][2][d] = q95;
                            }
                        }
                    }
                    if (chart) {
                        List<Band> list = new ArrayList<>();
                        for (int c = 0; c < charted.size(); c++) {
                            list.add(new Band(charted.get(c), band[c][0], band[c][1], band[c][2]));
                        }
                        bands.add(new PointBands(point, values, list));
                    }
                }
                p.flush();
            });
        }
        return bands;
    }
}
