package ceasefire.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
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
        NumberAxis y = new ValueAxisAboveZero(valueLabel);
        y.setAutoRangeIncludesZero(false);
        // A margin below zero too, so that a run at 0 (an outlier's circle, a whisker's end) is
        // drawn whole rather than cut in half by the plot's edge.
        y.setAutoRangeStickyZero(false);
        BoxAndWhiskerRenderer r = new Renderer();
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

    /**
     * A value axis with a margin below 0 (so a value at 0 is drawn whole) but no ticks or grid
     * lines below 0: the metrics are counts and rates, and a "-0.2" on their axis would read as
     * a value a run could take.
     */
    static final class ValueAxisAboveZero extends NumberAxis {

        private static final long serialVersionUID = 1L;

        ValueAxisAboveZero(String label) {
            super(label);
        }

        @Override
        public List refreshTicks(Graphics2D g2, org.jfree.chart.axis.AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
            List<Object> kept = new java.util.ArrayList<>(ticks.size());
            for (Object t : ticks) {
                if (!(t instanceof org.jfree.chart.axis.ValueTick v) || v.getValue() > -1e-9) {
                    kept.add(t);
                }
            }
            return kept;
        }
    }

    /**
     * Draws vertical boxes itself, so that every value beyond the whiskers is a circle centred on
     * that value. JFreeChart's renderer draws an outlier's circle from the corner of its bounding
     * box, half a circle above the value (about 0.1 on a 1-to-6 axis), and leaves out "far out"
     * values (beyond two interquartile ranges) altogether: with five runs of 3, 3, 3, 3 and 5 the
     * box is a line at 3 and the 5 vanished. The mean is not drawn (the chart hides it anyway).
     */
    static final class Renderer extends BoxAndWhiskerRenderer {

        private static final long serialVersionUID = 1L;

        /** Diameter of an outlier's circle, as a fraction of the box width, and its bounds in pixels. */
        private static final double OUTLIER_SIZE = 0.3;
        private static final double OUTLIER_MIN = 6;
        private static final double OUTLIER_MAX = 12;

        @Override
        public void drawVerticalItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                                     CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column) {
            BoxAndWhiskerCategoryDataset data = (BoxAndWhiskerCategoryDataset) dataset;
            double width = state.getBarWidth();
            double left = boxLeft(state, dataArea, plot, domainAxis, row, column);
            double middle = left + width / 2;
            RectangleEdge edge = plot.getRangeAxisEdge();
            Paint fill = getItemPaint(row, column);
            Paint outline = getItemOutlinePaint(row, column);

            Shape box = null;
            Number q1 = data.getQ1Value(row, column);
            Number q3 = data.getQ3Value(row, column);
            Number low = data.getMinRegularValue(row, column);
            Number high = data.getMaxRegularValue(row, column);
            if (q1 != null && q3 != null && low != null && high != null) {
                double yQ1 = rangeAxis.valueToJava2D(q1.doubleValue(), dataArea, edge);
                double yQ3 = rangeAxis.valueToJava2D(q3.doubleValue(), dataArea, edge);
                double yLow = rangeAxis.valueToJava2D(low.doubleValue(), dataArea, edge);
                double yHigh = rangeAxis.valueToJava2D(high.doubleValue(), dataArea, edge);
                box = new Rectangle2D.Double(left, Math.min(yQ1, yQ3), width, Math.abs(yQ3 - yQ1));
                if (getFillBox()) {
                    g2.setPaint(fill);
                    g2.fill(box);
                }
                g2.setPaint(getUseOutlinePaintForWhiskers() ? outline : fill);
                g2.setStroke(getItemStroke(row, column));
                double cap = width / 2 * getWhiskerWidth();
                for (double[] whisker : new double[][] {{yHigh, yQ3}, {yLow, yQ1}}) {
                    g2.draw(new Line2D.Double(middle, whisker[0], middle, whisker[1]));
                    g2.draw(new Line2D.Double(middle - cap, whisker[0], middle + cap, whisker[0]));
                }
                g2.setPaint(outline);
                g2.setStroke(getItemOutlineStroke(row, column));
                g2.draw(box);
            }

            Number median = data.getMedianValue(row, column);
            if (isMedianVisible() && median != null) {
                double y = rangeAxis.valueToJava2D(median.doubleValue(), dataArea, edge);
                g2.setPaint(getArtifactPaint());
                g2.draw(new Line2D.Double(left, y, left + width, y));
            }

            List<?> outliers = data.getOutliers(row, column);
            if (outliers != null && !outliers.isEmpty()) {
                double d = outlierDiameter(width);
                g2.setPaint(outline);
                g2.setStroke(getItemOutlineStroke(row, column));
                for (Object o : outliers) {
                    if (o instanceof Number v && !Double.isNaN(v.doubleValue())) {
                        g2.draw(outlierCircle(middle, rangeAxis.valueToJava2D(v.doubleValue(), dataArea, edge), d));
                    }
                }
            }

            if (state.getInfo() != null && box != null) {
                EntityCollection entities = state.getEntityCollection();
                if (entities != null) {
                    addItemEntity(entities, dataset, row, column, box);
                }
            }
        }

        /**
         * Where the box of (row, column) starts: the boxes of a category are laid out side by side,
         * centred in it, with gaps the item margin shares out (the same layout as
         * {@link BoxAndWhiskerRenderer#initialise}'s box width assumes).
         */
        private double boxLeft(CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                               int row, int column) {
            int categories = getColumnCount();
            int series = getRowCount();
            RectangleEdge edge = plot.getDomainAxisEdge();
            double start = domainAxis.getCategoryStart(column, categories, dataArea, edge);
            double end = domainAxis.getCategoryEnd(column, categories, dataArea, edge);
            double width = state.getBarWidth();
            if (series <= 1) {
                return start + (end - start - width) / 2;
            }
            double gap = dataArea.getWidth() * getItemMargin() / (categories * (series - 1.0));
            double used = series * width + (series - 1) * gap;
            return start + (end - start - used) / 2 + row * (width + gap);
        }

        static double outlierDiameter(double boxWidth) {
            return Math.max(OUTLIER_MIN, Math.min(OUTLIER_MAX, boxWidth * OUTLIER_SIZE));
        }

        /** A circle of diameter {@code d} centred on (x, y). */
        static Ellipse2D outlierCircle(double x, double y, double d) {
            return new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        }

        /** Every value, far-out ones included, so that no circle falls outside the axis. */
        @Override
        public Range findRangeBounds(CategoryDataset dataset) {
            Range r = super.findRangeBounds(dataset);
            if (!(dataset instanceof BoxAndWhiskerCategoryDataset data)) {
                return r;
            }
            for (int row = 0; row < data.getRowCount(); row++) {
                for (int column = 0; column < data.getColumnCount(); column++) {
                    List<?> outliers = data.getOutliers(row, column);
                    if (outliers == null) {
                        continue;
                    }
                    for (Object o : outliers) {
                        if (o instanceof Number v && Double.isFinite(v.doubleValue())) {
                            r = Range.expandToInclude(r, v.doubleValue());
                        }
                    }
                }
            }
            return r;
        }
    }
}
