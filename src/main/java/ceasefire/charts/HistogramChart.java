package ceasefire.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * Distributions of one value in one or more sets of runs, as histograms on shared bins (sets side
 * by side within each bin), with each set's mean as a dashed line: how two sets of runs differ, at
 * a glance.
 */
public final class HistogramChart {

    /** One set of values. */
    public record Sample(String name, double[] values) {
    }

    private static final java.awt.Stroke MEAN_LINE = new java.awt.BasicStroke(2.0f, java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private HistogramChart() {
    }

    public static JFreeChart createChart(String title, String subtitle, String valueLabel, List<Sample> samples, boolean integers) {
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
            hi = 1;
        }
        int bins;
        if (integers && hi - lo <= 40) {
            // One bar per whole number, centred on it.
            bins = (int) (hi - lo) + 1;
            lo -= 0.5;
            hi += 0.5;
        } else {
            bins = Math.max(5, Math.min(40, (int) Math.ceil(Math.log(Math.max(2, most)) / Math.log(2)) + 1 + most / 25));
            if (lo == hi) {
                lo -= 0.5;
                hi += 0.5;
            }
        }
        HistogramDataset ds = new HistogramDataset();
        ds.setType(HistogramType.FREQUENCY);
        for (Sample s : samples) {
            if (s.values().length > 0) {
                ds.addSeries(s.name(), s.values(), bins, lo, hi);
            }
        }
        NumberAxis x = new NumberAxis(valueLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("runs");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Several samples share each bin side by side: overlaid translucent bars mix into colours
        // that belong to neither.
        XYBarRenderer r = samples.size() > 1 ? new ClusteredXYBarRenderer(0.1, false) : new XYBarRenderer(0.05);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        int series = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.values().length == 0) {
                continue;
            }
            Color c = SeriesColors.qualitative(i);
            r.setSeriesPaint(series++, SeriesColors.alpha(c, 210));
            double mean = 0;
            for (double v : s.values()) {
                mean += v;
            }
            ValueMarker m = new ValueMarker(mean / s.values().length, c, MEAN_LINE);
            plot.addDomainMarker(m);
        }
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, samples.size() > 1);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
