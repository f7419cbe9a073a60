package ceasefire.gui;

import ceasefire.agents.Patrol;
import ceasefire.agents.Site;
import ceasefire.charts.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A peacekeeping site: an observation post as a green diamond, a patrol as a green hexagon.
 * An under-staffed post is drawn paler.
 */
final class SitePortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    static Shape shape(boolean patrol, double cx, double cy, double cell) {
        return patrol ? Shapes.hexagon(cx, cy, cell * 0.95) : Shapes.diamond(cx, cy, cell * 1.05);
    }

    static Color fill(double staffing) {
        int alpha = (int) Math.round(255 * (0.35 + 0.65 * Math.max(0, Math.min(1, staffing))));
        Color c = Palette.PEACEKEEPERS;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof Site site)) {
            return;
        }
        double cell = info.draw.width;
        Shape s = shape(site instanceof Patrol, info.draw.x, info.draw.y, cell);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(fill(site.staffing()));
        g.fill(s);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(0.8, cell * 0.08)));
        g.draw(s);
        if (info.selected) {
            g.setColor(UnitPortrayal.SELECTED);
            g.setStroke(new BasicStroke((float) Math.max(2, cell * 0.2)));
            g.draw(s);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return object instanceof Site && shape(object instanceof Patrol, range.draw.x, range.draw.y, range.draw.width).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    /** The inspector shows the site's view ({@link SiteView}), not the agent: agents carry no getters for the GUI. */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(inspected(wrapper.getObject()), state, getName(wrapper));
    }

    /** What the inspector shows for an object on this layer. */
    static Object inspected(Object object) {
        return object instanceof Site s ? new SiteView(s) : object;
    }
}
