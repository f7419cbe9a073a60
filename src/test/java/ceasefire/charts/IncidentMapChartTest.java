package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.Incident;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import ceasefire.scenario.UnitKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** Cells with few incidents stand out from every kind of ground. */
class IncidentMapChartTest {

    private static Incident at(int x, int y) {
        return new Incident(3, x, y, IncidentType.SMALL_ARMS_FIRE, "r", "r", SideKey.A, 0.1, 0, null, false, null, 1, UnitKind.INFANTRY,
                false);
    }

    /** WCAG contrast ratio of two colours (1 to 21). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    @Test
    void theOutlineStandsOutFromEveryGround() {
        for (Control c : Control.values()) {
            for (Terrain t : Terrain.values()) {
                Color ground = Palette.cell(c, t);
                assertTrue(contrast(IncidentMapChart.IncidentCells.OUTLINE, ground) >= 3, c + " " + t);
            }
        }
    }

    @Test
    void aCellOfOneIncidentIsOutlinedAndFilledWithTheScalesFirstColour() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        Geography g = s.geography();
        // B's plain, A's mountain and B's plain again, away from the line of contact and the posts.
        int[][] cells = {{10, 1}, {0, 0}, {9, 3}};
        assertEquals(Control.B, g.control(10, 1));
        assertEquals(Terrain.MOUNTAIN, g.terrain(0, 0));
        List<Incident> incidents = List.of(at(10, 1), at(0, 0), at(9, 3));
        JFreeChart chart = IncidentMapChart.createChart(g, incidents, s.peacekeepers().posts(), new String[] {"Red", "Blue"}, "UN",
                null);
        Rectangle size = IncidentMapChart.size(g, 1200);
        BufferedImage img = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.width, size.height), info);
        } finally {
            g2.dispose();
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        for (int[] c : cells) {
            double x0 = plot.getDomainAxis().valueToJava2D(c[0], area, plot.getDomainAxisEdge());
            double x1 = plot.getDomainAxis().valueToJava2D(c[0] + 1, area, plot.getDomainAxisEdge());
            double ym = plot.getRangeAxis().valueToJava2D(c[1] + 0.5, area, plot.getRangeAxisEdge());
            int row = (int) ym;
            int middle = (int) ((x0 + x1) / 2);
            assertEquals(Palette.heat(0).getRGB() & 0xFFFFFF, img.getRGB(middle, row) & 0xFFFFFF, "the fill of " + c[0] + "," + c[1]);
            Color ground = new Color(img.getRGB((int) x0 + 1, row));
            boolean dark = false;
            for (int px = (int) x0; px < middle; px++) {
                Color p = new Color(img.getRGB(px, row));
                dark |= contrast(p, ground) >= 3 && contrast(p, Palette.heat(0)) >= 3;
            }
            assertTrue(dark, "a dark outline between the ground and the fill of " + c[0] + "," + c[1]);
        }
    }

    @Test
    void theKeyHasOneSwatchPerBinInUseThePostsPossessiveAndThePlacesLabels() {
        // Issue 10: the bins (1, 2, 3-4, 5-9) sat on a linear bar, and "peacekeepers post" lacked its apostrophe.
        Scenario s = TestFiles.load(TestFiles.flagship());
        List<Incident> incidents = List.of(at(10, 10), at(12, 12), at(12, 12), at(14, 14), at(14, 14), at(14, 14));
        JFreeChart chart = IncidentMapChart.createChart(s.geography(), incidents, s.peacekeepers().posts(), new String[] {"A", "B"},
                "Russian peacekeepers", "sub");
        List<String> legend = new java.util.ArrayList<>();
        var items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertTrue(legend.contains("Russian peacekeepers' post"), legend.toString());
        List<String> key = new java.util.ArrayList<>();
        for (Object t : chart.getSubtitles()) {
            if (t instanceof org.jfree.chart.title.CompositeTitle c) {
                for (Object b : c.getContainer().getBlocks()) {
                    if (b instanceof org.jfree.chart.title.LegendTitle l) {
                        for (org.jfree.chart.LegendItemSource src : l.getSources()) {
                            var bins = src.getLegendItems();
                            for (int i = 0; i < bins.getItemCount(); i++) {
                                key.add(bins.get(i).getLabel());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of("1", "2", "3-4"), key);
        List<String> labels = new java.util.ArrayList<>();
        chart.getXYPlot().getAnnotations().forEach(a -> {
            if (a instanceof org.jfree.chart.annotations.XYTextAnnotation t) {
                labels.add(t.getText());
            }
        });
        assertTrue(labels.containsAll(List.of("Farukh/Parukh heights", "Stepanakert", "the Lachin corridor")), labels.toString());
    }
}
