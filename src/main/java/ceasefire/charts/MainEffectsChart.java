package ceasefire.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One value against several parameters, side by side on a shared vertical scale: each panel
 * shows the estimate (with its confidence band) at each value of one parameter, averaged over
 * the others. Which parameter moves the value more is then read off the panels' slopes.
 */
public final class MainEffectsChart {

    /**
     * One parameter's panel.
     *
     * @param names  labels of named x values at 0, 1, 2, ... (for {@link IntervalChart.XAxis#NAMED}), else null
     * @param ticks  x values to label, or null for automatic ticks
     * @param series {@code (x, estimate, low, high)} items
     */
    public record Panel(String label, IntervalChart.XAxis axis, List<String> names, List<Double> ticks, YIntervalSeries series) {
    }

    private MainEffectsChart() {
    }

    public static JFreeChart createChart(String title, String subtitle, String valueLabel, List<Panel> panels) {
        NumberAxis y = new ReadableAxis(valueLabel);
        y.setAutoRangeIncludesZero(false);
        ChartStyle.axis(y);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(y);
        combined.setGap(24);
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            ds.addSeries(p.series());
            XYPlot plot = new XYPlot(ds, IntervalChart.xAxis(p.axis(), p.label(), p.names(), p.ticks(), ds, null), null,
                    IntervalChart.renderer(p.axis(), 1, false));
            // One neutral colour for every panel: each panel is one parameter with its own axis, so
            // a colour would say nothing, and any of the palette's would read as an actor's (the
            // peacekeepers' green, the mediator's purple, a side's blue or vermillion).
            plot.getRenderer().setSeriesPaint(0, Palette.ESCALATION);
            plot.getRenderer().setSeriesFillPaint(0, Palette.ESCALATION);
            ChartStyle.plot(plot);
            combined.add(plot, 1);
        }
        combined.setBackgroundPaint(java.awt.Color.WHITE);
        combined.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, combined, false);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
