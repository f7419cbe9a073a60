package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.ConflictModel;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How the map display is laid out and what fades; drawn off screen, no display needed. */
class MapLayoutTest {

    private static int legendBottom(Scenario s, MapLayout layout) {
        ConflictModel model = new ConflictModel(s);
        BufferedImage img = new BufferedImage(layout.legend(), layout.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            return new LegendLayer(model, layout).paintLegend(g);
        } finally {
            g.dispose();
        }
    }

    @Test
    void theFlagshipMapGetsTwelvePixelCellsAndTheLegendFits() {
        Scenario s = GuiFixtures.flagship();
        MapLayout layout = MapLayout.of(s.geography());
        assertEquals(12, layout.cell(), "72 x 44 cells in about 900 x 560 pixels");
        assertEquals(72 * 12, layout.mapWidth());
        assertEquals(layout.mapWidth() + MapLayout.LEGEND_WIDTH, layout.width());
        // The legend lists the scenario's 16 kinds of ground by name (issue 10): the display is as
        // tall as the legend, the map keeps its cells.
        assertTrue(layout.height() >= layout.status() + 44 * 12, "the map fits under the status bar");
        int bottom = legendBottom(s, layout);
        assertTrue(bottom <= layout.height(), "the legend's last row (" + bottom + ") is inside the display (" + layout.height() + ")");
    }

    @Test
    void aTinyMapGetsLargeCellsAndAReadableStatusBar() throws Exception {
        Scenario s = ScenarioDocument.load(Path.of("src/test/resources/scenarios/tiny.yaml")).bind(Overrides.none());
        MapLayout layout = MapLayout.of(s.geography());
        assertEquals(MapLayout.MAX_CELL, layout.cell());
        assertEquals(MapLayout.MIN_STATUS_WIDTH, layout.mainWidth(), "the status bar is wider than the map");
        assertEquals(layout.mainWidth(), layout.legendBounds().x, 0.0, "the legend starts after the status bar");
        int bottom = legendBottom(s, layout);
        assertTrue(bottom <= layout.height(), "the display grows to the legend's height: " + bottom + " <= " + layout.height());
        assertTrue(layout.height() - bottom < 40, "without much to spare: " + (layout.height() - bottom));
    }

    @Test
    void incidentsFadeOverFiveDays() {
        assertEquals(1.0, IncidentTrail.opacity(30, 30));
        double yesterday = IncidentTrail.opacity(29, 30);
        assertTrue(yesterday < 1.0 && yesterday > IncidentTrail.opacity(28, 30));
        assertEquals(0.2, IncidentTrail.opacity(30 - IncidentTrail.FADE_DAYS + 1, 30), 1e-12, "a faint trace on the last day shown");
        assertEquals(0.0, IncidentTrail.opacity(30 - IncidentTrail.FADE_DAYS, 30));
    }
}
