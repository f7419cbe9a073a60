package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

/** What the escalation chart's legend and milestone labels show. */
class EscalationChartTest {

    private static final List<String> LINES = List.of("escalation index", "hostility of West", "hostility of East");

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    private static JFreeChart finished(List<Milestone> milestones) {
        return EscalationChart.createChart(Days.flat(30, 0.3, 0.4, 0.2), milestones, Days.LEVELS, "West", "East", "day", null);
    }

    @Test
    void aQuietRunListsOnlyItsLines() {
        assertEquals(LINES, legend(finished(List.of())));
    }

    @Test
    void theLegendNamesOnlyTheSymbolsThatOccur() {
        List<String> expected = new ArrayList<>(LINES);
        expected.add("public rebuke");
        assertEquals(expected, legend(finished(List.of(new Milestone(5, Milestone.Kind.REBUKE, "West rebuke"),
                new Milestone(6, Milestone.Kind.EVENT, "an event")))));
        expected.add("talks fail");
        assertEquals(expected, legend(finished(List.of(new Milestone(5, Milestone.Kind.REBUKE, "West rebuke"),
                new Milestone(9, Milestone.Kind.TALKS_FAILED, "talks fail")))));
    }

    @Test
    void theLiveChartListsASymbolOnlyOnceItHasHappened() {
        // Issue 10: the GUI listed "talks succeed/fail" in runs without talks.
        var symbols = EscalationChart.createMilestoneDataset(0);
        JFreeChart live = EscalationChart.createChart(EscalationChart.createDataset("West", "East", 0), symbols, Days.LEVELS, "day", null);
        assertEquals(LINES, legend(live));
        EscalationChart.addMilestone(live.getXYPlot(), symbols, new Milestone(3, Milestone.Kind.TALKS_FAILED, "talks fail"), 0.5, 0);
        List<String> expected = new ArrayList<>(LINES);
        expected.add("talks fail");
        assertEquals(expected, legend(live));
    }

    /** The chart drawn at 1200 x 640, as a run writes it; {@code area} is set to its plot's data area. */
    private static BufferedImage drawn(JFreeChart chart, Rectangle2D area) {
        BufferedImage img = new BufferedImage(1200, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 640), info);
        } finally {
            g.dispose();
        }
        area.setRect(info.getPlotInfo().getDataArea());
        return img;
    }

    private static List<ValueMarker> markers(JFreeChart chart, Layer layer) {
        List<ValueMarker> out = new ArrayList<>();
        Collection<?> all = chart.getXYPlot().getDomainMarkers(layer);
        if (all != null) {
            for (Object o : all) {
                out.add((ValueMarker) o);
            }
        }
        return out;
    }

    @Test
    void eventLabelsLieOverTheLinesOnAGroundOfTheirOwn() {
        JFreeChart chart = finished(List.of(new Milestone(3, Milestone.Kind.EVENT, "an event")));
        List<ValueMarker> back = markers(chart, Layer.BACKGROUND);
        List<ValueMarker> front = markers(chart, Layer.FOREGROUND);
        assertEquals(1, back.size());
        assertNull(back.get(0).getLabel(), "the dashed line behind the data has no label");
        assertEquals(1, front.size());
        assertEquals("an event", front.get(0).getLabel());
        assertEquals(0, ((Color) front.get(0).getPaint()).getAlpha(), "the label's own marker draws no line");
        assertTrue(front.get(0).getLabelBackgroundColor().getAlpha() >= 220, "the label's ground hides lines behind it");
    }

    @Test
    void aCollapseWithHostilityPinnedAtOneIsLabelledAtTheBottom() {
        // escalation-to-collapse: both sides' hostility at 1.0, the index about 0.8, collapse on the last day.
        JFreeChart chart = EscalationChart.createChart(Days.flat(30, 1.0, 1.0, 0.8),
                List.of(new Milestone(29, Milestone.Kind.COLLAPSE, "ceasefire collapses")), Days.LEVELS, "West", "East", "day", null);
        ValueMarker label = markers(chart, Layer.FOREGROUND).get(0);
        assertEquals(RectangleAnchor.BOTTOM_LEFT, label.getLabelAnchor(), "at the bottom, left of its line");
        assertEquals(TextAnchor.BOTTOM_RIGHT, label.getLabelTextAnchor());

        // No line colour in the label's place: the bottom-left corner beside the line.
        Rectangle2D area = new Rectangle2D.Double();
        BufferedImage img = drawn(chart, area);
        XYPlot plot = chart.getXYPlot();
        int x = (int) plot.getDomainAxis().valueToJava2D(29, area, plot.getDomainAxisEdge());
        int text = 0;
        for (int py = (int) area.getMaxY() - 25; py < (int) area.getMaxY(); py++) {
            for (int px = x - 110; px < x - 2; px++) {
                int rgb = img.getRGB(px, py) & 0xFFFFFF;
                assertTrue(rgb != (Palette.SIDE_A.getRGB() & 0xFFFFFF) && rgb != (Palette.SIDE_B.getRGB() & 0xFFFFFF));
                Color c = new Color(rgb);
                text += c.getRed() < 120 && c.getGreen() < 120 && c.getBlue() < 120 ? 1 : 0;
            }
        }
        assertTrue(text > 30, "the label is drawn there: " + text + " dark pixels");
    }

    @Test
    void labelsStayAtTheTopWhereThereIsRoom() {
        JFreeChart calm = EscalationChart.createChart(Days.flat(30, 0.3, 0.4, 0.2),
                List.of(new Milestone(29, Milestone.Kind.COLLAPSE, "ceasefire collapses")), Days.LEVELS, "West", "East", "day", null);
        assertEquals(RectangleAnchor.TOP_LEFT, markers(calm, Layer.FOREGROUND).get(0).getLabelAnchor());
        // Lines at both ends: the top, as before, on the label's own ground.
        JFreeChart full = EscalationChart.createChart(Days.flat(30, 1.0, 1.0, 0.0),
                List.of(new Milestone(2, Milestone.Kind.EVENT, "an event")), Days.LEVELS, "West", "East", "day", null);
        assertEquals(RectangleAnchor.TOP_RIGHT, markers(full, Layer.FOREGROUND).get(0).getLabelAnchor());
    }

    @Test
    void aShortRunCountsWholeDays() {
        JFreeChart chart = EscalationChart.createChart(Days.flat(5, 0.2, 0.2, 0.1), List.of(), Days.LEVELS, "West", "East", "day", null);
        BufferedImage img = new BufferedImage(1200, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 1200, 640), info);
            for (Object t : chart.getXYPlot().getDomainAxis().refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                    info.getPlotInfo().getDataArea(), org.jfree.chart.ui.RectangleEdge.BOTTOM)) {
                org.jfree.chart.axis.NumberTick tick = (org.jfree.chart.axis.NumberTick) t;
                if (tick.getTickType() == org.jfree.chart.axis.TickType.MAJOR) {
                    assertEquals(Math.rint(tick.getValue()), tick.getValue(), 1e-9, "a tick at day " + tick.getValue());
                }
            }
        } finally {
            g.dispose();
        }
    }

    @Test
    void theLevelsAreTheIndexsStripBesideThePlotNotBandsBehindTheHostilityLines() {
        // Shaded behind the plot, the levels made a side's hostility of 0.9 read "open war" with the index at 0.6.
        JFreeChart chart = EscalationChart.createChart(Days.flat(30, 0.9, 0.9, 0.6), List.of(), Days.LEVELS, "West", "East", "day", null);
        XYPlot plot = chart.getXYPlot();
        Collection<?> bands = plot.getRangeMarkers(Layer.BACKGROUND);
        assertTrue(bands == null || bands.isEmpty(), "no level bands behind the lines: " + bands);
        assertEquals("escalation index level", plot.getRangeAxis(1).getLabel());

        Rectangle2D area = new Rectangle2D.Double();
        BufferedImage img = drawn(chart, area);
        // Inside the plot, in the open-war band just under the hostility lines: white ground (bar the grid's lines).
        int y = (int) plot.getRangeAxis().valueToJava2D(0.85, area, plot.getRangeAxisEdge());
        int white = 0;
        int n = 0;
        for (int x = (int) area.getMinX() + 5; x < (int) area.getMaxX() - 5; x++, n++) {
            white += (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 1 : 0;
        }
        assertTrue(white > 0.95 * n, white + " of " + n + " pixels white");
        // Beside it, the strip: the index's open-war shade at 0.9, calm's at 0.05, each the level's own.
        int strip = (int) (area.getMaxX() + 2 + LevelAxis.STRIP / 2);
        Color openWar = LevelAxis.bandColour(5, 6);
        assertEquals(openWar.getRGB() & 0xFFFFFF, img.getRGB(strip, (int) plot.getRangeAxis().valueToJava2D(0.9, area, plot.getRangeAxisEdge()))
                & 0xFFFFFF);
        assertEquals(LevelAxis.bandColour(2, 6).getRGB() & 0xFFFFFF,
                img.getRGB(strip, (int) plot.getRangeAxis().valueToJava2D(0.375, area, plot.getRangeAxisEdge())) & 0xFFFFFF);
        // Grey like the index's line, so no side's colour: an orange band once matched a side's hostility.
        assertEquals(openWar.getRed(), openWar.getGreen());
        assertEquals(openWar.getGreen(), openWar.getBlue());
    }
}
