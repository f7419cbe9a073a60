package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

/** Values beyond the whiskers are circles centred on the value, far-out values included. */
class BoxPlotChartTest {

    private static final int W = 800;
    private static final int H = 500;

    /** A box from 11 to 14; 20 lies beyond 1.5 box lengths above it, 40 beyond 2 (JFreeChart's "far out"). */
    private static final List<Double> VALUES = List.of(10.0, 10.0, 11.0, 12.0, 12.0, 13.0, 14.0, 14.0, 20.0, 40.0);

    private record Drawn(BufferedImage image, Rectangle2D dataArea, JFreeChart chart) {
    }

    private static Drawn draw() {
        DefaultBoxAndWhiskerCategoryDataset ds = BoxPlotChart.createDataset();
        ds.add(new ArrayList<>(VALUES), "runs", "point");
        JFreeChart chart = BoxPlotChart.createChart(ds, "t", null, "point", "value", false);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, W, H), info);
        } finally {
            g.dispose();
        }
        return new Drawn(img, info.getPlotInfo().getDataArea(), chart);
    }

    /**
     * The vertical middle of the inked pixels (any colour darker than the light grey grid) in a
     * square window around (x, y), or NaN if there are none.
     */
    private static double centreNear(BufferedImage img, int x, int y, int half) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (int py = Math.max(0, y - half); py < Math.min(img.getHeight(), y + half); py++) {
            for (int px = Math.max(0, x - half); px < Math.min(img.getWidth(), x + half); px++) {
                Color c = new Color(img.getRGB(px, py));
                if (Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) < 190) {
                    top = Math.min(top, py);
                    bottom = Math.max(bottom, py);
                }
            }
        }
        return top > bottom ? Double.NaN : (top + bottom + 1) / 2.0;
    }

    @Test
    void theDatasetHasAnOutlierAndAFarOutValue() {
        DefaultBoxAndWhiskerCategoryDataset ds = BoxPlotChart.createDataset();
        ds.add(new ArrayList<>(VALUES), "runs", "point");
        double q3 = ds.getQ3Value(0, 0).doubleValue();
        double iqr = q3 - ds.getQ1Value(0, 0).doubleValue();
        assertEquals(List.of(20.0, 40.0), ds.getOutliers(0, 0));
        assertTrue(20 > q3 + 1.5 * iqr && 20 <= q3 + 2 * iqr, "20 is an ordinary outlier");
        assertTrue(40 > q3 + 2 * iqr, "40 is far out");
    }

    @Test
    void eachOutlierCircleIsCentredOnItsValue() {
        Drawn d = draw();
        CategoryPlot plot = d.chart().getCategoryPlot();
        ValueAxis axis = plot.getRangeAxis();
        assertTrue(axis.getRange().contains(40), "the axis reaches the far-out value: " + axis.getRange());
        int x = (int) Math.round(d.dataArea().getCenterX());
        for (double v : new double[] {20, 40}) {
            double expected = axis.valueToJava2D(v, d.dataArea(), plot.getRangeAxisEdge());
            double found = centreNear(d.image(), x, (int) Math.round(expected), 20);
            assertTrue(Math.abs(found - expected) <= 1.5, "circle of " + v + " centred at y " + found + ", value at " + expected);
        }
    }
    @Test
    void aRunAtZeroIsDrawnWholeAndTheAxisShowsNoNegativeValues() {
        DefaultBoxAndWhiskerCategoryDataset ds = BoxPlotChart.createDataset();
        ds.add(new ArrayList<>(List.of(0.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0)), "runs", "point");
        JFreeChart chart = BoxPlotChart.createChart(ds, "t", null, "point", "talks", false);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, W, H), new ChartRenderingInfo());
            ValueAxis axis = ((CategoryPlot) chart.getPlot()).getRangeAxis();
            assertTrue(axis.getLowerBound() < 0, "a margin below 0, so the outlier at 0 is not cut in half: " + axis.getLowerBound());
            List<?> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new Rectangle2D.Double(0, 0, W, H),
                    org.jfree.chart.ui.RectangleEdge.LEFT);
            assertTrue(ticks.stream().map(t -> ((org.jfree.chart.axis.ValueTick) t).getValue()).allMatch(v -> v >= 0), ticks.toString());
            assertTrue(ticks.stream().anyMatch(t -> ((org.jfree.chart.axis.ValueTick) t).getValue() == 0.0), "0 itself is labelled");
        } finally {
            g.dispose();
        }
    }
}
