package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;

/** The escalation levels are named beside the plot, never overprinted. */
class LevelAxisTest {

    private static final String[] NAMES = {"calm", "tension", "incidents", "skirmishes", "clashes", "open war"};

    private static List<String> shown(double[] bounds, double height) {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            LevelAxis axis = new LevelAxis(bounds, NAMES);
            axis.setTickLabelFont(Palette.TICKS);
            return axis.shownNames(g, height);
        } finally {
            g.dispose();
        }
    }

    @Test
    void everyLevelIsNamedWhenTheBandsHaveRoom() {
        assertEquals(List.of(NAMES), shown(new double[] {0, 0.15, 0.3, 0.45, 0.6, 0.8, 1}, 400));
    }

    @Test
    void aBandTooThinForItsNameIsLeftOutNotOverprinted() {
        // The middle of "tension" lies 2 % of 200 px (4 px) above that of "calm": less than a line of text.
        assertEquals(List.of("calm", "incidents", "skirmishes", "clashes", "open war"),
                shown(new double[] {0, 0.02, 0.04, 0.45, 0.6, 0.8, 1}, 200));
    }

    @Test
    void theEscalationChartCarriesTheLevelsOnItsRight() {
        JFreeChart chart = EscalationChart.createChart(EscalationChart.createDataset("A", "B", 0),
                EscalationChart.createMilestoneDataset(0), new ceasefire.scenario.EscalationSpec(
                        0.5, 1.0, 7, List.of(0.15, 0.3, 0.45, 0.6, 0.8), 14), "day", null);
        ValueAxis levels = chart.getXYPlot().getRangeAxis(1);
        assertEquals(LevelAxis.class, levels.getClass());
        assertEquals(org.jfree.chart.ui.RectangleEdge.RIGHT, chart.getXYPlot().getRangeAxisEdge(1));
    }

    @Test
    void edgesMustMatchTheNames() {
        assertThrows(IllegalArgumentException.class, () -> new LevelAxis(new double[] {0, 1}, NAMES));
    }
}
