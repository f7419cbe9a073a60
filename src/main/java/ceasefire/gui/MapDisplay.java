package ceasefire.gui;

import ceasefire.model.ConflictModel;
import ceasefire.scenario.Geography;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.grid.SparseGridPortrayal2D;

/**
 * The map window: a MASON {@link Display2D} with one layer per thing worth seeing, each of
 * which can be switched off from the display's layer menu: terrain and control, the line of
 * contact, the peacekeepers' sensor radius, units, posts and patrols, incidents, the status bar
 * and the legend.
 */
final class MapDisplay {

    /** Layer names, as the display's layer menu lists them. */
    static final String TERRAIN = "Terrain and control";
    static final String LINE = "Line of contact";
    static final String SENSORS = "Peacekeepers' sensor radius";
    static final String UNITS = "Units";
    static final String SITES = "Posts and patrols";
    static final String INCIDENTS = "Incidents";
    static final String PLACES = "Place names";
    static final String STATUS = "Status bar";
    static final String LEGEND = "Legend";

    private final Display2D display;
    private final JFrame frame;
    private final MapLayout layout;
    private final UnitGridPortrayal units = new UnitGridPortrayal();
    private final SparseGridPortrayal2D sites = new SparseGridPortrayal2D();

    MapDisplay(GUIState gui, ConflictModel model, IncidentTrail trail) {
        Geography g = model.geography();
        layout = MapLayout.of(g);
        display = new Display2D(layout.width(), layout.height(), gui);
        display.setBackdrop(Color.WHITE);
        units.setPortrayalForAll(new UnitPortrayal());
        sites.setPortrayalForAll(new SitePortrayal());
        display.attach(new TerrainLayer(g, layout), TERRAIN, layout.mapBounds(), true);
        display.attach(new LineOfContactLayer(g, layout), LINE, layout.mapBounds(), true);
        display.attach(new SensorLayer(model, layout), SENSORS, layout.mapBounds(), true);
        display.attach(units, UNITS, layout.mapBounds(), true);
        display.attach(sites, SITES, layout.mapBounds(), true);
        display.attach(new IncidentLayer(model, trail, layout), INCIDENTS, layout.mapBounds(), true);
        display.attach(new PlaceNameLayer(g, layout), PLACES, layout.mapBounds(), true);
        display.attach(new StatusLayer(model, layout), STATUS, layout.statusBounds(), true);
        display.attach(new LegendLayer(model, layout), LEGEND, layout.legendBounds(), true);
        // The movie button needs Java Media Framework, which this build leaves out.
        display.movieButton.setVisible(false);
        frame = display.createFrame();
        frame.setTitle("Map: " + model.scenario().name());
        frame.pack();
        fitFrameToMap();
    }

    /** Grows the window until the whole map shows at zoom 1, without scroll bars. */
    private void fitFrameToMap() {
        Dimension need = display.insideDisplay.getPreferredSize();
        Dimension have = display.display.getViewport().getExtentSize();
        int dw = Math.max(0, need.width - have.width);
        int dh = Math.max(0, need.height - have.height);
        if (dw > 0 || dh > 0) {
            frame.setSize(frame.getWidth() + dw + 2, frame.getHeight() + dh + 2);
            frame.validate();
        }
    }

    Display2D display() {
        return display;
    }

    JFrame frame() {
        return frame;
    }

    MapLayout layout() {
        return layout;
    }

    /** Points the object layers at the fields of the run just started and redraws. */
    void attachTo(ConflictModel model) {
        units.setField(model.unitField());
        sites.setField(model.peacekeeperField());
        display.reset();
        display.repaint();
    }

    /**
     * The whole display as an image at the current zoom, as it looks on screen (hidden layers
     * stay hidden), scrolled out of view or not. Call on the Swing thread. MASON 18 deprecates
     * the paint method used here in favour of one that draws only the part scrolled into view.
     */
    @SuppressWarnings("deprecation")
    /** The map's own size in pixels at the display's scale. */
    java.awt.Dimension snapshotSize() {
        double scale = display.getScale();
        return new java.awt.Dimension((int) Math.ceil(layout.width() * scale), (int) Math.ceil(layout.height() * scale));
    }

    /**
     * Draws the map into {@code area} of any Graphics2D (an image, an SVG or a PDF page): the
     * layers paint themselves with Graphics2D shapes, so vector output stays vector.
     */
    void draw(Graphics2D g, java.awt.geom.Rectangle2D area) {
        java.awt.Dimension own = snapshotSize();
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.translate(area.getX(), area.getY());
            c.scale(area.getWidth() / own.width, area.getHeight() / own.height);
            c.setColor(Color.WHITE);
            c.fillRect(0, 0, own.width, own.height);
            c.setClip(0, 0, own.width, own.height);
            display.insideDisplay.paintComponent(c, false);
        } finally {
            c.dispose();
        }
    }

    BufferedImage snapshot() {
        double scale = display.getScale();
        int w = (int) Math.ceil(layout.width() * scale);
        int h = (int) Math.ceil(layout.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setClip(0, 0, w, h);
            display.insideDisplay.paintComponent(g, false);
        } finally {
            g.dispose();
        }
        return image;
    }
}
