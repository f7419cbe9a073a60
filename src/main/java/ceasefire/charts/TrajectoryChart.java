package ceasefire.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The course of a design point over its days: for each series a panel with the median over the
 * replications as a line and the 5-95% band of the replications around it, panels sharing the
 * day axis.
 */
public final class TrajectoryChart {

    /**
     * One panel.
     *
     * @param upper the series' largest possible value (1 for an index in [0, 1]), or NaN for none;
     *              the axis never goes past it, nor below 0
     */
    public record Panel(String label, double[] median, double[] low, double[] high, double upper, Color colour) {
    }

    private TrajectoryChart() {
    }

    /** The dataset of one panel: the median with its band, by day (day = index). */
    public static YIntervalSeriesCollection createDataset(Panel p) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(MedianBand.series("median, 5-95% of runs", p.median(), p.low(), p.high()));
        return ds;
    }

    public static JFreeChart createChart(String title, String subtitle, List<Panel> panels) {
        NumberAxis days = new NumberAxis("day");
        days.setAutoRangeIncludesZero(false);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
        plot.setGap(12);
        for (Panel p : panels) {
            YIntervalSeriesCollection ds = createDataset(p);
            NumberAxis y = new NumberAxis(p.label());
            double top = 0;
            for (double h : p.high()) {
                top = Math.max(top, h);
            }
            top = top <= 0 ? 1 : top * 1.05;
            if (!Double.isNaN(p.upper())) {
                top = Math.min(top, p.upper());
            }
            y.setRange(0, top);
            DeviationRenderer r = MedianBand.renderer(p.colour(), false);
            XYPlot sub = new XYPlot(ds, null, y, r);
            ChartStyle.plot(sub);
            plot.add(sub, 1);
        }
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, false);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
