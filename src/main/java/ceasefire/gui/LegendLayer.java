package ceasefire.gui;

import ceasefire.charts.Palette;
import ceasefire.model.ConflictModel;
import ceasefire.events.Incident;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import ceasefire.scenario.UnitKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.util.Bag;

/**
 * The legend down the right of the map: the actors (double-click one to inspect it: both
 * militaries, the peacekeeping contingent, the mediator), then what the colours and symbols of
 * the ground, the forces, the peacekeepers and the incidents mean.
 */
final class LegendLayer extends Layer {

    private static final Font HEADING = new Font("SansSerif", Font.BOLD, 12);
    private static final Font ITEM = new Font("SansSerif", Font.PLAIN, 12);
    private static final int ROW = 15;
    private static final Font KEY = new Font("SansSerif", Font.PLAIN, 11);
    private static final int KEY_ROW = 14;
    private static final int GAP = 20;
    private static final int LEFT = 12;
    private static final int TEXT = 40;
    private static final int BADGES_TOP = 26;
    private static final int BADGE_HEIGHT = 19;

    private final ConflictModel model;
    private final ContingentView contingent;
    private final Geography geography;
    private final int width;
    private final int height;

    LegendLayer(ConflictModel model, MapLayout layout) {
        super(layout.legend(), layout.height());
        this.model = model;
        this.contingent = new ContingentView(model);
        this.geography = model.geography();
        this.width = layout.legend();
        this.height = layout.height();
    }

    // ---------------------------------------------------------------- actors (double-click to inspect)

    private record Actor(String label, Color colour, Object object) {
    }

    private List<Actor> actors() {
        Scenario s = model.scenario();
        boolean started = model.unitField() != null;
        List<Actor> out = new ArrayList<>();
        out.add(new Actor(s.a().name() + " (A)", Palette.SIDE_A, started ? new MilitaryView(model, SideKey.A) : null));
        out.add(new Actor(s.b().name() + " (B)", Palette.SIDE_B, started ? new MilitaryView(model, SideKey.B) : null));
        out.add(new Actor(s.peacekeepers().name(), Palette.PEACEKEEPERS, started ? contingent : null));
        String mediator = s.mediator().name();
        out.add(new Actor(mediator.toLowerCase(java.util.Locale.ROOT).contains("mediator") ? mediator : mediator + " (mediator)",
                Palette.MEDIATOR, started ? new MediatorView(model) : null));
        return out;
    }

    private Rectangle2D.Double badge(int k) {
        return new Rectangle2D.Double(LEFT, BADGES_TOP + k * (BADGE_HEIGHT + 4), width - 2 * LEFT, BADGE_HEIGHT);
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        Rectangle2D.Double hit = toLayer(range);
        List<Actor> actors = actors();
        for (int k = 0; k < actors.size(); k++) {
            Actor a = actors.get(k);
            if (a.object() != null && badge(k).intersects(hit)) {
                putInHere.add(new LocationWrapper(a.object(), a.label(), this));
            }
        }
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(wrapper.getObject(), state, getName(wrapper));
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    // ---------------------------------------------------------------- painting

    /** The legend changes only when a run starts (the actors become inspectable). */
    @Override
    Object cacheKey() {
        return model.unitField() != null;
    }

    @Override
    void paint(Graphics2D g) {
        paintLegend(g);
    }

    /** Paints the legend; returns the bottom of its last row of text (for tests: it must fit). */
    int paintLegend(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(StatusLayer.BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xCCCCCC));
        g.fillRect(0, 0, 1, height);

        heading(g, "Actors (double-click one)", 18);
        List<Actor> actors = actors();
        for (int k = 0; k < actors.size(); k++) {
            Actor a = actors.get(k);
            Rectangle2D.Double r = badge(k);
            g.setColor(Color.WHITE);
            g.fill(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 10, 10));
            g.setColor(a.colour());
            g.setStroke(new BasicStroke(1.2f));
            g.draw(new RoundRectangle2D.Double(r.x, r.y, r.width, r.height, 10, 10));
            g.fill(new Ellipse2D.Double(r.x + 7, r.y + 5, 9, 9));
            g.setFont(ITEM);
            g.setColor(a.object() == null ? StatusLayer.GREY : StatusLayer.INK);
            g.drawString(StatusLayer.fit(g, a.label(), (int) r.width - 30), (int) r.x + 24, (int) r.y + 14);
        }
        int y = BADGES_TOP + actors.size() * (BADGE_HEIGHT + 4) + GAP;

        Scenario s = model.scenario();
        y = heading(g, "Ground", y);
        if (useScenarioKey(geography)) {
            // The scenario's own names for its ground (map.legend.<char>.label).
            // A smaller type and tighter rows: a scenario's key has a dozen entries or more.
            for (ceasefire.scenario.LegendEntry e : scenarioKey(geography)) {
                g.setFont(KEY);
                String label = StatusLayer.fit(g, e.label(), width - TEXT - 4);
                y = (e.terrain() == Terrain.WATER ? water(g, y, label) : swatch(g, y, Palette.cell(e.control(), e.terrain()), label))
                        - ROW + KEY_ROW;
            }
            g.setFont(ITEM);
            y += ROW - KEY_ROW;
        } else {
            y = genericGround(g, s, y);
        }
        g.setColor(LineOfContactLayer.COLOUR);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(LEFT, y - 4, LEFT + 20, y - 4);
        y = text(g, "line of contact", y);
        y += GAP - ROW;
        return paintForces(g, y);
    }

    /** At most this many map legend entries are listed one by one; a larger key falls back to who holds the ground. */
    static final int MAX_SCENARIO_KEY = 20;

    /** The scenario's map key, by who holds the ground (A, B, the zones, neutral), then by terrain. */
    static List<ceasefire.scenario.LegendEntry> scenarioKey(Geography g) {
        List<ceasefire.scenario.LegendEntry> key = new ArrayList<>(g.legendEntries());
        key.sort(java.util.Comparator.comparing(ceasefire.scenario.LegendEntry::control).thenComparing(ceasefire.scenario.LegendEntry::terrain));
        return key;
    }

    private static boolean useScenarioKey(Geography g) {
        return !g.legendEntries().isEmpty() && g.legendEntries().size() <= MAX_SCENARIO_KEY;
    }

    private int genericGround(Graphics2D g, Scenario s, int y) {
        y = swatch(g, y, Palette.control(Control.A), s.a().name() + " (A) holds");
        y = swatch(g, y, Palette.control(Control.B), s.b().name() + " (B) holds");
        if (has(Control.PEACEKEEPING)) {
            y = swatch(g, y, Palette.control(Control.PEACEKEEPING), "peacekeeping zone");
        }
        if (has(Control.BUFFER)) {
            y = swatch(g, y, Palette.control(Control.BUFFER), "buffer zone");
        }
        if (has(Control.NEUTRAL)) {
            y = swatch(g, y, Palette.control(Control.NEUTRAL), "neutral ground");
        }
        if (hasWater()) {
            y = water(g, y, "water (impassable)");
        }
        return y;
    }

    private int paintForces(Graphics2D g, int y) {
        y = heading(g, "Forces (size = strength)", y);
        for (UnitKind k : UnitKind.values()) {
            unitPair(g, k, y, false);
            y = text(g, k.label(), y);
        }
        unitPair(g, UnitKind.INFANTRY, y, true);
        y = text(g, "outlined: forward of own line", y);
        y += GAP - ROW;

        y = heading(g, "Peacekeepers", y);
        symbol(g, SitePortrayal.shape(false, LEFT + 10, y - 4, 13), SitePortrayal.fill(1));
        y = text(g, "observation post", y);
        symbol(g, SitePortrayal.shape(true, LEFT + 10, y - 4, 13), SitePortrayal.fill(1));
        y = text(g, "patrol", y);
        g.setColor(SensorLayer.FILL);
        g.fillRect(LEFT, y - 11, 22, 13);
        g.setColor(SensorLayer.EDGE);
        g.setStroke(SensorLayer.EDGE_STROKE);
        g.drawRect(LEFT, y - 11, 22, 13);
        y = text(g, "seen (within sensor radius)", y);
        y += GAP - ROW;

        y = heading(g, "Incidents (fade over " + IncidentTrail.FADE_DAYS + " days)", y);
        for (IncidentType t : IncidentType.values()) {
            IncidentLayer.mark(g, sample(t, true), LEFT + 10, y - 4, 15, 1);
            y = text(g, t.label(), y);
        }
        IncidentLayer.mark(g, sample(IncidentType.SMALL_ARMS_FIRE, true), LEFT + 4, y - 4, 13, 1);
        IncidentLayer.mark(g, sample(IncidentType.SMALL_ARMS_FIRE, false), LEFT + 18, y - 4, 13, 1);
        text(g, "detected / not (hollow)", y);
        return y + 4;
    }

    /** Height the legend needs for this map (the display is made at least this tall). */
    static int neededHeight(Geography g) {
        return neededHeight(g, useScenarioKey(g));
    }

    /** Height the legend needs with the scenario's own map key, or with the generic key of who holds the ground. */
    static int neededHeight(Geography g, boolean scenarioKey) {
        int rows = 1 + 4 + 3 + IncidentType.values().length + 1;
        int keyHeight = 0;
        if (scenarioKey) {
            keyHeight = g.legendEntries().size() * KEY_ROW;
        } else {
            rows += 2;
            for (Control c : new Control[] {Control.PEACEKEEPING, Control.BUFFER, Control.NEUTRAL}) {
                rows += has(g, c) ? 1 : 0;
            }
            rows += hasWater(g) ? 1 : 0;
        }
        // Badges, then four sections: a heading and its rows each, a gap between sections.
        return BADGES_TOP + 4 * (BADGE_HEIGHT + 4) + GAP + 4 * (ROW + 5) + 3 * (GAP - ROW) + rows * ROW + keyHeight + 10;
    }

    private static int heading(Graphics2D g, String text, int y) {
        g.setFont(HEADING);
        g.setColor(StatusLayer.INK);
        g.drawString(text, LEFT, y);
        return y + ROW + 5;
    }

    private static int text(Graphics2D g, String text, int y) {
        if (g.getFont() != KEY) {
            g.setFont(ITEM);
        }
        g.setColor(StatusLayer.INK);
        g.drawString(text, TEXT, y);
        return y + ROW;
    }

    private static int swatch(Graphics2D g, int y, Color colour, String label) {
        g.setColor(colour);
        g.fillRect(LEFT, y - 11, 22, 13);
        g.setColor(new Color(0x999999));
        g.setStroke(new BasicStroke(0.8f));
        g.drawRect(LEFT, y - 11, 22, 13);
        return text(g, label, y);
    }

    private static int water(Graphics2D g, int y, String label) {
        g.setColor(Palette.cell(Control.NEUTRAL, Terrain.WATER));
        g.fillRect(LEFT, y - 11, 22, 13);
        Shape clip = g.getClip();
        g.clipRect(LEFT, y - 11, 22, 13);
        g.setColor(TerrainLayer.HATCH);
        g.setStroke(new BasicStroke(1.2f));
        for (int k = -13; k < 22; k += 4) {
            g.drawLine(LEFT + k, y + 2, LEFT + k + 13, y - 11);
        }
        g.setClip(clip);
        return text(g, label, y);
    }

    private static void unitPair(Graphics2D g, UnitKind kind, int y, boolean forward) {
        for (SideKey side : SideKey.values()) {
            double cx = LEFT + 5 + 12 * side.index();
            Shape s = Shapes.unit(kind, cx, y - 4, 11);
            g.setColor(Palette.side(side));
            g.fill(s);
            g.setColor(forward ? UnitPortrayal.FORWARD_OUTLINE : Color.WHITE);
            g.setStroke(new BasicStroke(forward ? 1.6f : 0.8f));
            g.draw(s);
        }
    }

    private static void symbol(Graphics2D g, Shape s, Color fill) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1f));
        g.draw(s);
    }

    /** An incident that only serves to draw a legend entry. */
    private static Incident sample(IncidentType type, boolean detected) {
        return new Incident(0, 0, 0, type, "legend", "legend", SideKey.A, 0, 0, null, detected, detected ? SideKey.A : null, 0,
                UnitKind.INFANTRY, false);
    }

    private boolean has(Control c) {
        return has(geography, c);
    }

    private boolean hasWater() {
        return hasWater(geography);
    }

    private static boolean has(Geography g, Control c) {
        for (int i = 0; i < g.cells(); i++) {
            if (g.controlAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWater(Geography g) {
        for (int i = 0; i < g.cells(); i++) {
            if (g.terrainAt(i) == Terrain.WATER) {
                return true;
            }
        }
        return false;
    }
}
