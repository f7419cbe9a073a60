package ceasefire.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Estimates with confidence intervals against a parameter. A single series is a line with a
 * shaded band; several series are lines with error bars (overlapping bands would hide each
 * other); named values (true/false, mandates) get points with error bars and no lines. Optional
 * grey dots behind show the individual values the estimates summarise.
 */
public final class IntervalChart {

    /** How the x axis reads the values. */
    public enum XAxis { LINEAR, LOG, NAMED }

    private IntervalChart() {
    }

    /** One series per group; callers add {@code (x, estimate, low, high)} items. */
    public static YIntervalSeriesCollection createDataset() {
        return new YIntervalSeriesCollection();
    }

    /** A series with the given name, added to the dataset. */
    public static YIntervalSeries addSeries(YIntervalSeriesCollection ds, String name) {
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        ds.addSeries(s);
        return s;
    }

    /**
     * The chart.
     *
     * @param names   labels of named x values at 0, 1, 2, ... (for {@link XAxis#NAMED}), else null
     * @param ticks   x values to label (the levels of a grid), or null for automatic ticks
     * @param ordered whether series are ordered levels (coloured along viridis) or unordered groups
     * @param points  individual values to show behind the estimates, or null
     */
    public static JFreeChart createChart(YIntervalSeriesCollection ds, String title, String subtitle, String xLabel, String yLabel,
                                         XAxis axis, List<String> names, List<Double> ticks, boolean ordered, XYSeries points) {
        NumberAxis y = new ReadableAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, xAxis(axis, xLabel, names, ticks, ds, points), y, renderer(axis, ds.getSeriesCount(), ordered));
        if (points != null && points.getItemCount() > 0) {
            XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
            dots.setSeriesPaint(0, new Color(0, 0, 0, 70));
            dots.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dots.setSeriesVisibleInLegend(0, false);
            plot.setDataset(1, new XYSeriesCollection(points));
            plot.setRenderer(1, dots);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        }
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, ds.getSeriesCount() > 1);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    /** The x axis for the given kind of values (shared with {@link MainEffectsChart}). */
    static ValueAxis xAxis(XAxis axis, String xLabel, List<String> names, List<Double> ticks, YIntervalSeriesCollection ds, XYSeries points) {
        return switch (axis) {
            case LINEAR -> {
                NumberAxis a = ticks == null ? new ReadableAxis(xLabel) : new TickedAxis(xLabel, ticks);
                a.setAutoRangeIncludesZero(false);
                a.setLowerMargin(0.04);
                a.setUpperMargin(0.04);
                yield a;
            }
            case LOG -> {
                LogAxis a = new TickedLogAxis(xLabel, ticks == null ? geometricTicks(ds, points) : ticks);
                a.setLowerMargin(0.04);
                a.setUpperMargin(0.04);
                yield a;
            }
            case NAMED -> {
                SymbolAxis a = new SymbolAxis(xLabel, names.toArray(new String[0]));
                a.setGridBandsVisible(false);
                a.setRange(-0.5, names.size() - 0.5);
                yield a;
            }
        };
    }

    /**
     * A band for a single series on a numeric axis; otherwise lines (none for named values) with
     * error bars, as overlapping bands would hide each other.
     */
    static XYLineAndShapeRenderer renderer(XAxis axis, int n, boolean ordered) {
        XYLineAndShapeRenderer r;
        if (axis != XAxis.NAMED && n == 1) {
            DeviationRenderer d = new DeviationRenderer(true, true);
            d.setAlpha(0.2f);
            r = d;
        } else {
            XYErrorRenderer e = new XYErrorRenderer();
            e.setDrawXError(false);
            e.setCapLength(7);
            e.setErrorStroke(Palette.THIN);
            e.setDefaultLinesVisible(axis != XAxis.NAMED);
            r = e;
        }
        for (int i = 0; i < n; i++) {
            Color c = ordered ? SeriesColors.ordered(i, n) : SeriesColors.qualitative(i);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, Palette.LINE);
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        return r;
    }

    /** Five round values spread evenly in the logarithm over the data. */
    private static List<Double> geometricTicks(YIntervalSeriesCollection ds, XYSeries points) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            for (int i = 0; i < ds.getItemCount(s); i++) {
                lo = Math.min(lo, ds.getXValue(s, i));
                hi = Math.max(hi, ds.getXValue(s, i));
            }
        }
        if (points != null) {
            for (int i = 0; i < points.getItemCount(); i++) {
                lo = Math.min(lo, points.getX(i).doubleValue());
                hi = Math.max(hi, points.getX(i).doubleValue());
            }
        }
        List<Double> out = new ArrayList<>();
        if (!(lo > 0 && hi > lo)) {
            return out;
        }
        for (int i = 0; i < 5; i++) {
            double v = Math.exp(Math.log(lo) + i * (Math.log(hi) - Math.log(lo)) / 4);
            double magnitude = Math.pow(10, Math.floor(Math.log10(v)) - 1);
            out.add(Math.round(v / magnitude) * magnitude);
        }
        return out;
    }

    private static final DecimalFormat FORMAT = new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List ticks(List<Double> values, RectangleEdge edge) {
        List out = new ArrayList();
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        for (double v : values) {
            out.add(new NumberTick(v, FORMAT.format(v), horizontal ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT,
                    TextAnchor.CENTER, 0.0));
        }
        return out;
    }

    /** A number axis labelled exactly at the given values (a grid's levels), not at round numbers between them. */
    private static final class TickedAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final List<Double> values;

        TickedAxis(String label, List<Double> values) {
            super(label);
            this.values = List.copyOf(values);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return ticks(values, edge);
        }
    }

    /** A log axis labelled at the given values (doubling steps read as equal steps). */
    private static final class TickedLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;
        private final List<Double> values;

        TickedLogAxis(String label, List<Double> values) {
            super(label);
            this.values = List.copyOf(values);
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return values.isEmpty() ? super.refreshTicks(g2, state, dataArea, edge) : ticks(values, edge);
        }
    }
}
