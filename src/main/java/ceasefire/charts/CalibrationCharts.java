package ceasefire.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of a calibration: the observed series against the simulated band at the best fit
 * (held-out periods shaded), the objective by evaluation, and the objective's profile along each
 * parameter through the best point.
 */
public final class CalibrationCharts {

    private static final Color OBSERVED = new Color(0x222222);
    private static final Color SIMULATED = new Color(0x0072B2);
    private static final Color HELD_OUT = new Color(0xF0E442);

    private CalibrationCharts() {
    }

    /** Band and median per period; observed as points on a line. */
    public static YIntervalSeriesCollection fitDataset(double[] observed, double[] median, double[] p5, double[] p95) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        YIntervalSeries obs = new YIntervalSeries("observed", false, true);
        for (int i = 0; i < observed.length; i++) {
            obs.add(i, observed[i], observed[i], observed[i]);
        }
        ds.addSeries(MedianBand.series("simulated median and 5-95% band", median, p5, p95));
        ds.addSeries(obs);
        return ds;
    }

    public static JFreeChart fit(String title, String subtitle, List<String> periods, double[] observed, double[] median, double[] p5,
                                 double[] p95, boolean[] heldOut) {
        YIntervalSeriesCollection ds = fitDataset(observed, median, p5, p95);
        SymbolAxis x = new SymbolAxis("period", thinned(periods));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, periods.size() - 0.5);
        x.setVerticalTickLabels(true);
        NumberAxis y = new NumberAxis("count per period");
        DeviationRenderer r = MedianBand.renderer(SIMULATED, true);
        r.setSeriesPaint(1, OBSERVED);
        r.setSeriesFillPaint(1, OBSERVED);
        r.setSeriesStroke(1, Palette.THIN);
        r.setSeriesShape(1, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        XYPlot plot = new XYPlot(ds, x, y, r);
        int start = -1;
        for (int i = 0; i <= heldOut.length; i++) {
            boolean h = i < heldOut.length && heldOut[i];
            if (h && start < 0) {
                start = i;
            } else if (!h && start >= 0) {
                IntervalMarker m = new IntervalMarker(start - 0.5, i - 0.5, new Color(HELD_OUT.getRed(), HELD_OUT.getGreen(), HELD_OUT.getBlue(), 90));
                m.setLabel("held out");
                m.setLabelFont(Palette.MARKER);
                m.setLabelAnchor(RectangleAnchor.TOP);
                m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                plot.addDomainMarker(m, Layer.BACKGROUND);
                start = -1;
            }
        }
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    /** Period labels with only every n-th one shown when there are many (the others blank). */
    static String[] thinned(List<String> periods) {
        int every = Math.max(1, (int) Math.ceil(periods.size() / 24.0));
        String[] out = new String[periods.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = i % every == 0 ? periods.get(i) : "";
        }
        return out;
    }

    /** Each evaluation's objective as a point, and the best so far as a line; {@code trace} rows are (evaluation, objective). */
    public static JFreeChart objective(String title, String subtitle, List<double[]> trace) {
        XYSeries pts = new XYSeries("evaluation", false, true);
        XYSeries best = new XYSeries("best so far", false, true);
        double b = Double.POSITIVE_INFINITY;
        for (double[] t : trace) {
            if (Double.isFinite(t[1])) {
                pts.add(t[0], t[1]);
                b = Math.min(b, t[1]);
                best.add(t[0], b);
            }
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(pts);
        ds.addSeries(best);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, new Color(0, 0, 0, 90));
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, SIMULATED);
        r.setSeriesStroke(1, Palette.LINE);
        NumberAxis x = ChartStyle.dayAxis("evaluation");
        NumberAxis y = new NumberAxis("objective (lower is better)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    /**
     * One panel per parameter, sharing the objective axis: the profile's points (value, objective),
     * the best value marked, and the tolerance line below which values fit as well as the best.
     */
    public static JFreeChart profiles(String title, String subtitle, List<String> names, List<Boolean> log, List<List<double[]>> profiles,
                                      double[] best, double limit) {
        NumberAxis y = new NumberAxis("objective");
        y.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(y);
        plot.setGap(14);
        for (int i = 0; i < names.size(); i++) {
            XYSeries s = new XYSeries(names.get(i), true, true);
            for (double[] p : profiles.get(i)) {
                if (Double.isFinite(p[1])) {
                    s.add(p[0], p[1]);
                }
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            r.setSeriesPaint(0, SIMULATED);
            r.setSeriesStroke(0, Palette.THIN);
            r.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
            r.setSeriesVisibleInLegend(0, false);
            // The same axes as the sweep charts: round geometric ticks on a log scale.
            ValueAxis x = IntervalChart.xAxis(log.get(i) ? IntervalChart.XAxis.LOG : IntervalChart.XAxis.LINEAR, names.get(i), null, null,
                    new YIntervalSeriesCollection(), s);
            XYPlot sub = new XYPlot(new XYSeriesCollection(s), x, null, r);
            ValueMarker m = new ValueMarker(best[i], new Color(0xD55E00), Palette.THIN);
            sub.addDomainMarker(m);
            ValueMarker t = new ValueMarker(limit, new Color(0x555555), Palette.DASHED);
            sub.addRangeMarker(t);
            ChartStyle.plot(sub);
            plot.add(sub, 1);
        }
        ChartStyle.axis(y);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, false);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
