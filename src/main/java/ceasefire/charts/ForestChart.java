package ceasefire.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A dot-and-whisker ("forest") chart: one row per item, an estimate with its confidence interval
 * per measure, and a reference line (usually zero) to judge them against. Used for sensitivity
 * indices and for the effect sizes of a comparison.
 */
public final class ForestChart {

    /** One measure: an estimate and interval per row (NaN to leave a row out). */
    public record Measure(String name, double[] estimate, double[] low, double[] high) {
    }

    private ForestChart() {
    }

    public static JFreeChart createChart(String title, String subtitle, List<String> rows, List<Measure> measures, String valueLabel,
                                         Double reference) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        int m = measures.size();
        double spread = m == 1 ? 0 : Math.min(0.5, 0.18 * (m - 1));
        for (int s = 0; s < m; s++) {
            Measure measure = measures.get(s);
            YIntervalSeries series = new YIntervalSeries(measure.name(), false, true);
            // Rows run top to bottom; measures sit side by side within a row.
            double offset = m == 1 ? 0 : spread * (s / (double) (m - 1) - 0.5);
            for (int r = 0; r < rows.size(); r++) {
                double e = measure.estimate()[r];
                if (Double.isNaN(e)) {
                    continue;
                }
                double lo = Double.isNaN(measure.low()[r]) ? e : measure.low()[r];
                double hi = Double.isNaN(measure.high()[r]) ? e : measure.high()[r];
                series.add(rows.size() - 1 - r - offset, e, lo, hi);
            }
            ds.addSeries(series);
        }
        String[] labels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            labels[rows.size() - 1 - r] = rows.get(r);
        }
        SymbolAxis x = new SymbolAxis(null, labels);
        x.setGridBandsVisible(false);
        x.setRange(-0.6, rows.size() - 0.4);
        NumberAxis y = new ReadableAxis(valueLabel);
        y.setAutoRangeIncludesZero(reference != null);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setCapLength(6);
        r.setErrorStroke(Palette.LINE);
        r.setDefaultLinesVisible(false);
        for (int s = 0; s < m; s++) {
            Color c = SeriesColors.qualitative(s);
            r.setSeriesPaint(s, c);
            r.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (reference != null) {
            ValueMarker zero = new ValueMarker(reference, new Color(0x777777), Palette.DASHED);
            plot.addRangeMarker(zero);
        }
        ChartStyle.plot(plot);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, m > 1);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
