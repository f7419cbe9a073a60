package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** Overlaid histograms on round bins whose edges the value axis marks. */
class HistogramChartTest {

    private static final double[] A = {34, 41, 45, 55, 58, 61, 77, 79, 92, 97};
    private static final double[] B = {44, 47, 52, 58, 63, 69, 83, 101, 118, 124};

    private static List<HistogramChart.Sample> ab(double[] a, double[] b) {
        return List.of(new HistogramChart.Sample("A: a", a), new HistogramChart.Sample("B: b", b));
    }

    @Test
    void countsThatSpanMuchGetRoundBins() {
        HistogramChart.Bins bins = HistogramChart.bins(ab(A, B), true);
        assertEquals(20, bins.width());
        assertEquals(20, bins.start());
        assertEquals(6, bins.count(), "20 to 140");
        assertEquals(1, bins.of(41), "a bin holds its lower edge ...");
        assertEquals(2, bins.of(60), "... but not its upper one");
    }

    @Test
    void fractionsOnAnEdgeFallInTheBinAbove() {
        HistogramChart.Bins bins = HistogramChart.bins(List.of(new HistogramChart.Sample("x", new double[] {0.3, 0.4, 0.55, 0.7, 0.79})), false);
        assertEquals(0.1, bins.width(), 1e-12);
        assertEquals(0.3, bins.edge(0));
        assertEquals(0.7, bins.edge(4));
        assertEquals(1, bins.of(0.4));
        assertEquals(4, bins.of(0.7));
        assertEquals(5, bins.count(), "0.3 to 0.8");
    }

    @Test
    void fewWholeNumbersGetABinEach() {
        HistogramChart.Bins bins = HistogramChart.bins(ab(new double[] {1, 3, 3, 5}, new double[] {2, 4, 6}), true);
        assertTrue(bins.centredOnWholeNumbers());
        assertEquals(0.5, bins.start());
        assertEquals(1, bins.width());
        assertEquals(6, bins.count());
    }

    @Test
    void aSingleNumberIsShownWithItsNeighbours() {
        HistogramChart.Bins zero = HistogramChart.bins(ab(new double[] {0, 0}, new double[] {0}), true);
        assertEquals(-0.5, zero.start());
        assertEquals(2, zero.count(), "0 and 1: no negative counts");
        HistogramChart.Bins five = HistogramChart.bins(ab(new double[] {5, 5}, new double[] {5}), true);
        assertEquals(3.5, five.start());
        assertEquals(3, five.count(), "4, 5 and 6");
    }

    @Test
    void roundWidths() {
        assertEquals(20, HistogramChart.roundUp(18, true));
        assertEquals(5, HistogramChart.roundUp(2.2, true), "no bins of 2.5 runs");
        assertEquals(2.5, HistogramChart.roundUp(2.2, false));
        assertEquals(0.05, HistogramChart.roundUp(0.041, false), 1e-15);
        assertEquals(1, HistogramChart.roundUp(1, true));
    }

    @Test
    void bothSetsSpanWholeBinsAndTheTicksSitOnTheirEdges() {
        JFreeChart chart = HistogramChart.createChart("t", null, "incidents", ab(A, B), true);
        XYPlot plot = chart.getXYPlot();
        IntervalXYDataset ds = (IntervalXYDataset) plot.getDataset();
        HistogramChart.Bins bins = HistogramChart.bins(ab(A, B), true);
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= bins.count(); i++) {
            edges.add(bins.edge(i));
        }
        assertEquals(2, ds.getSeriesCount());
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < ds.getItemCount(s); i++) {
                double lo = ds.getStartXValue(s, i);
                double hi = ds.getEndXValue(s, i);
                assertTrue(edges.contains(lo) && edges.contains(hi) && hi - lo == bins.width(), "series " + s + " bar " + lo + " to " + hi);
            }
        }

        BufferedImage img = new BufferedImage(1000, 620, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 1000, 620), info);
            NumberAxis x = (NumberAxis) plot.getDomainAxis();
            List<?> ticks = x.refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.BOTTOM);
            List<Double> at = new ArrayList<>();
            for (Object t : ticks) {
                at.add(((NumberTick) t).getValue());
            }
            assertEquals(edges, at, "a tick on every bin edge, the outer ones included");
        } finally {
            g.dispose();
        }
        assertEquals("incidents, bins of 20", plot.getDomainAxis().getLabel());
        assertEquals(2, plot.getLegendItems().getItemCount(), "one legend item per set, not one per renderer");
    }
}
