package ceasefire.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Distributions of one value in one or more sets of runs, as histograms on shared bins, with each
 * set's mean as a dashed line: how two sets of runs differ, at a glance. Every set's bars span
 * the whole bin, overlaid: a light fill and a solid outline in the set's colour, so each set's
 * shape reads on its own even where the fills mix. The bins have round edges (multiples of 1, 2,
 * 2.5 or 5 times a power of ten) and the value axis has a tick on bin edges; whole numbers that
 * span little get one bin each, centred on its number.
 */
public final class HistogramChart {

    /** One set of values. */
    public record Sample(String name, double[] values) {
    }

    /**
     * Shared bins: {@code count} bins of {@code width} from {@code start}, each holding values from
     * its lower edge up to (not including) its upper edge.
     */
    record Bins(double start, double width, int count, boolean centredOnWholeNumbers) {

        /** The lower edge of bin i (in decimal arithmetic, so that 3 bins of 0.1 end at 0.3, not 0.30000000000000004). */
        double edge(int i) {
            return BigDecimal.valueOf(start).add(BigDecimal.valueOf(width).multiply(BigDecimal.valueOf(i))).doubleValue();
        }

        double end() {
            return edge(count);
        }

        /** The bin of {@code v}, allowing for rounding in values that lie on an edge. */
        int of(double v) {
            int i = (int) Math.floor((v - start) / width + 1e-9);
            return Math.max(0, Math.min(count - 1, i));
        }
    }

    /** At most this many bins; whole numbers spanning no more than this get one bin each. */
    private static final int MAX_BINS = 40;
    /** At most this many labelled ticks on the value axis. */
    private static final int MAX_TICKS = 16;

    private static final java.awt.Stroke MEAN_LINE = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private HistogramChart() {
    }

    public static JFreeChart createChart(String title, String subtitle, String valueLabel, List<Sample> samples, boolean integers) {
        Bins bins = bins(samples, integers);
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        for (Sample s : samples) {
            if (s.values().length > 0) {
                ds.addSeries(series(s, bins));
            }
        }
        NumberAxis x = new ReadableAxis(bins.centredOnWholeNumbers() || bins.count() == 1 ? valueLabel
                : valueLabel + ", bins of " + number(bins.width()));
        x.setAutoRangeIncludesZero(false);
        // A hair wider than the bins, so that rounding cannot drop the tick on the first or last edge.
        double hair = bins.width() * 1e-6;
        x.setRange(bins.start() - hair, bins.end() + hair);
        if (!bins.centredOnWholeNumbers()) {
            // Ticks on bin edges (every edge, or every 2nd, 5th, 10th... when there are many bins).
            int step = 1;
            for (int k = 0; bins.count() / step > MAX_TICKS; k++) {
                step = new int[] {2, 5}[k % 2] * (int) Math.pow(10, k / 2);
            }
            double unit = bins.width() * step;
            x.setTickUnit(new NumberTickUnit(unit, format(unit)));
        } else {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis y = new ReadableAxis("runs");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Two renderers of the same bars: the fills first, then every outline over all of them,
        // so that no set's fill hides another set's outline.
        XYBarRenderer fills = bars(false);
        XYBarRenderer outlines = bars(true);
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setDataset(0, ds);
        plot.setRenderer(0, outlines);
        plot.setDataset(1, ds);
        plot.setRenderer(1, fills);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        boolean overlaid = ds.getSeriesCount() > 1;
        LegendItemCollection legend = new LegendItemCollection();
        int series = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.values().length == 0) {
                continue;
            }
            Color c = SeriesColors.qualitative(i);
            // Every set translucent-filled in its own colour-blind-safe colour, the first with a solid
            // outline, the others dashed: where bars overlap both outlines still show, and the sets
            // stay apart in greyscale too. Plain colours with alpha (no texture) so SVG, PNG and PDF
            // draw the same: JFreeSVG has no texture paints and would fill them solid black.
            Paint fill = SeriesColors.alpha(c, !overlaid ? 190 : series == 0 ? 60 : 90);
            BasicStroke stroke = !overlaid || series == 0 ? new BasicStroke(overlaid ? 2.0f : 1.0f)
                    : new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 3f}, 0f);
            fills.setSeriesPaint(series, fill);
            outlines.setSeriesPaint(series, new Color(0, 0, 0, 0));
            outlines.setSeriesOutlinePaint(series, c);
            outlines.setSeriesOutlineStroke(series, stroke);
            legend.add(new LegendItem(s.name(), null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), fill, stroke, c));
            series++;
            double mean = 0;
            for (double v : s.values()) {
                mean += v;
            }
            plot.addDomainMarker(new ValueMarker(mean / s.values().length, c, MEAN_LINE));
        }
        plot.setFixedLegendItems(legend);
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, samples.size() > 1);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    private static XYBarRenderer bars(boolean outline) {
        XYBarRenderer r = new XYBarRenderer(0.0);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(outline);
        return r;
    }

    private static XYIntervalSeries series(Sample s, Bins bins) {
        int[] counts = new int[bins.count()];
        for (double v : s.values()) {
            counts[bins.of(v)]++;
        }
        XYIntervalSeries out = new XYIntervalSeries(s.name(), false, true);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double lo = bins.edge(i);
                double hi = bins.edge(i + 1);
                out.add((lo + hi) / 2, lo, hi, counts[i], 0, counts[i]);
            }
        }
        return out;
    }

    /** Bins shared by all samples. */
    static Bins bins(List<Sample> samples, boolean integers) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int most = 0;
        for (Sample s : samples) {
            for (double v : s.values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            most = Math.max(most, s.values().length);
        }
        if (!(lo <= hi)) {
            lo = 0;
            hi = integers ? 0 : 1;
        }
        if (integers && hi - lo < MAX_BINS) {
            // One bin per whole number, centred on it. A single number gets a neighbour on each
            // side (only the one above for 0, as counts and yes/no values are never negative), so
            // that its bar does not fill the chart and read as a range.
            if (lo == hi) {
                return lo == 0 ? new Bins(-0.5, 1, 2, true) : new Bins(lo - 1.5, 1, 3, true);
            }
            return new Bins(lo - 0.5, 1, (int) (hi - lo) + 1, true);
        }
        // Sturges' rule, with more bins for many runs.
        int wanted = Math.max(5, Math.min(MAX_BINS, (int) Math.ceil(Math.log(Math.max(2, most)) / Math.log(2)) + 1 + most / 25));
        double span = hi - lo;
        if (span <= 0) {
            span = lo == 0 ? 1 : Math.abs(lo);
        }
        double width = roundUp(span / wanted, integers);
        double start = BigDecimal.valueOf(width).multiply(BigDecimal.valueOf(Math.floor(lo / width + 1e-9))).doubleValue();
        int count = (int) Math.floor((hi - start) / width + 1e-9) + 1;
        return new Bins(start, width, Math.max(1, count), false);
    }

    /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code w}; whole for integers. */
    static double roundUp(double w, boolean integers) {
        double power = Math.pow(10, Math.floor(Math.log10(w)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            double candidate = BigDecimal.valueOf(m).multiply(BigDecimal.valueOf(power)).doubleValue();
            if (candidate >= w * (1 - 1e-9) && (!integers || candidate == Math.rint(candidate))) {
                return candidate;
            }
        }
        return 10 * power;
    }

    private static DecimalFormat format(double unit) {
        int decimals = Math.max(0, BigDecimal.valueOf(unit).stripTrailingZeros().scale());
        return new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static String number(double v) {
        return format(v).format(v);
    }
}
