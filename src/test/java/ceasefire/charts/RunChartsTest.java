package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.Runs;
import ceasefire.output.RunWriter;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Control;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run's charts draw what they claim, in the shared colours. */
class RunChartsTest {

    private static Map<String, JFreeChart> charts;
    private static Runs.Result run;

    @BeforeAll
    static void drawTheFlagship() {
        Scenario s = TestFiles.load(TestFiles.flagship());
        run = Runs.run(s);
        charts = new RunWriter(s, "f.yaml", Overrides.none(), run.log(), run.summary()).charts();
    }

    private static int count(BufferedImage img, Color c) {
        int n = 0;
        int rgb = c.getRGB() & 0xFFFFFF;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void fourChartsWithTitles() {
        assertEquals(RunWriter.CHARTS, java.util.List.copyOf(charts.keySet()));
        assertEquals("Incidents per day, by side and type", charts.get("incidents.png").getTitle().getText());
        assertEquals("Escalation and hostility", charts.get("escalation.png").getTitle().getText());
        assertEquals("Cumulative casualties", charts.get("casualties.png").getTitle().getText());
        assertTrue(charts.get("heatmap.png").getTitle().getText().startsWith("Where incidents happened (" + run.log().incidents().size()));
    }

    @Test
    void hostilityLinesUseTheSideColours() {
        BufferedImage img = charts.get("escalation.png").createBufferedImage(1200, 640);
        assertTrue(count(img, Palette.SIDE_A) > 300, "side A's line");
        assertTrue(count(img, Palette.SIDE_B) > 300, "side B's line");
        assertTrue(count(img, Palette.ESCALATION) > 300, "the escalation index");
        BufferedImage cas = charts.get("casualties.png").createBufferedImage(1200, 640);
        assertTrue(count(cas, Palette.SIDE_A) > 100 && count(cas, Palette.SIDE_B) > 100);
    }

    @Test
    void incidentBarsUseTheTypeColours() {
        BufferedImage img = charts.get("incidents.png").createBufferedImage(1200, 760);
        for (IncidentType t : IncidentType.values()) {
            int n = run.summary().incidentsByType()[t.ordinal()];
            if (n > 3) {
                assertTrue(count(img, Palette.type(t)) > 20, t + " has " + n + " incidents but no bars");
            }
        }
    }

    @Test
    void theHeatMapShowsTheZonesAndTheIncidents() {
        BufferedImage img = charts.get("heatmap.png").createBufferedImage(1200, 900);
        assertTrue(count(img, Palette.control(Control.PEACEKEEPING)) > 2000, "the peacekeeping zone");
        assertTrue(count(img, Palette.cell(Control.A, ceasefire.scenario.Terrain.OPEN)) > 5000, "side A's plain");
        int heat = 0;
        for (int b = 0; b < 6; b++) {
            heat += count(img, Palette.heat(b));
        }
        assertTrue(heat > 0, "incident cells");
    }
}
