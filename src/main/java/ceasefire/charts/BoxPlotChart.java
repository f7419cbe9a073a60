package ceasefire.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * The distribution of a value over replications, one box per group: median, quartiles, whiskers
 * to the furthest value within 1.5 interquartile ranges, and values beyond as small circles.
 */
public final class BoxPlotChart {

    private BoxPlotChart() {
    }

    /** Callers add a list of values per (series, category). */
    public static DefaultBoxAndWhiskerCategoryDataset createDataset() {
        return new DefaultBoxAndWhiskerCategoryDataset();
    }

    /** The chart; {@code ordered} colours series along viridis (levels of a parameter). */
    public static JFreeChart createChart(DefaultBoxAndWhiskerCategoryDataset ds, String title, String subtitle, String categoryLabel,
                                         String valueLabel, boolean ordered) {
        CategoryAxis x = new CategoryAxis(categoryLabel);
        x.setLabelFont(Palette.AXIS);
        x.setTickLabelFont(Palette.TICKS);
        if (ds.getColumnCount() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = new NumberAxis(valueLabel);
        y.setAutoRangeIncludesZero(false);
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setFillBox(true);
        // JFreeChart draws the mean as a disc sized to the box, which hides the median; the
        // median line and the quartiles say what a box plot should.
        r.setMeanVisible(false);
        r.setMaxOutlierVisible(false);
        r.setMinOutlierVisible(false);
        r.setMaximumBarWidth(0.08);
        r.setItemMargin(0.08);
        r.setUseOutlinePaintForWhiskers(true);
        int n = ds.getRowCount();
        for (int i = 0; i < n; i++) {
            Color c = ordered ? SeriesColors.ordered(i, n) : SeriesColors.qualitative(i);
            r.setSeriesPaint(i, SeriesColors.alpha(c, 150));
            r.setSeriesOutlinePaint(i, c.darker());
        }
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        ChartStyle.axis(y);
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, n > 1);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }
}
