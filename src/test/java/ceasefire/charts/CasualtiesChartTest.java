package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.DayRecord;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The casualties chart stays readable when little or nothing happened. */
class CasualtiesChartTest {

    private static List<DayRecord> days(int n, int casualtiesAOnDay2) {
        List<DayRecord> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            out.add(Days.day(d, d == 2 ? casualtiesAOnDay2 : 0, 0, 0.2, 0.2, 0.1));
        }
        return out;
    }

    /** The tick labels of an axis of the chart drawn at the run's size. */
    private static List<String> ticks(JFreeChart chart, boolean range) {
        BufferedImage img = new BufferedImage(1200, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 640), info);
            XYPlot plot = chart.getXYPlot();
            ValueAxis axis = range ? plot.getRangeAxis() : plot.getDomainAxis();
            List<String> out = new ArrayList<>();
            for (Object t : axis.refreshTicks(g, new AxisState(), info.getPlotInfo().getDataArea(),
                    range ? RectangleEdge.LEFT : RectangleEdge.BOTTOM)) {
                if (((NumberTick) t).getTickType() == TickType.MAJOR) {
                    out.add(((NumberTick) t).getText());
                }
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    @Test
    void noCasualtiesGiveAZeroToFiveAxisAndSaySo() {
        JFreeChart chart = CasualtiesChart.createChart(days(5, 0), "West", "East", "day", null);
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), ticks(chart, true));
        XYPlot plot = chart.getXYPlot();
        double lower = plot.getRangeAxis().getLowerBound();
        assertTrue(lower < 0 && lower > -0.2, "a line at 0 lies just inside the plot, not on its edge: " + lower);
        assertEquals(2, plot.getLegendItems().getItemCount(), "both sides in the legend");
        assertEquals(1, plot.getAnnotations().size(), "a note that the lines lie on each other at 0");
    }

    @Test
    void manyCasualtiesGetTheRoomTheyNeed() {
        JFreeChart chart = CasualtiesChart.createChart(days(5, 40), "West", "East", "day", null);
        ticks(chart, true);
        assertTrue(chart.getXYPlot().getRangeAxis().getUpperBound() >= 40);
        assertTrue(chart.getXYPlot().getAnnotations().isEmpty());
    }

    @Test
    void daysAreWholeNumbers() {
        List<String> days = ticks(CasualtiesChart.createChart(days(5, 0), "West", "East", "day", null), false);
        assertTrue(days.stream().allMatch(t -> t.matches("\\d+")), days.toString());
    }
}
