package ceasefire.gui;

import ceasefire.agents.Unit;
import ceasefire.charts.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import sim.display.GUIState;
import sim.field.grid.DenseGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A unit on the map: its side's colour, its kind by shape ({@link Shapes#unit}) and its
 * strength by size (a full-strength unit fills most of its cell, a battered one shrinks to
 * about half). A unit forward of its own line has a black outline; several units on one cell
 * are spread a little so that each stays visible and can be double-clicked.
 */
final class UnitPortrayal extends SimplePortrayal2D {

    private static final long serialVersionUID = 1L;

    static final Color FORWARD_OUTLINE = Color.BLACK;
    static final Color SELECTED = new Color(0xFFD400);
    private static final double[][] SPREAD = {{-0.2, -0.2}, {0.2, 0.2}, {0.2, -0.2}, {-0.2, 0.2}, {0, 0}};

    static double size(Unit u, double cell) {
        double share = Math.min(1.0, u.strength() / (double) u.kind().defaultStrength());
        return cell * (0.45 + 0.45 * share);
    }

    private Shape shape(Unit u, DrawInfo2D info) {
        double cell = info.draw.width;
        double cx = info.draw.x;
        double cy = info.draw.y;
        if (info.fieldPortrayal != null && info.fieldPortrayal.getField() instanceof DenseGrid2D grid) {
            Bag here = grid.getObjectsAtLocation(u.x(), u.y());
            if (here != null && here.numObjs > 1) {
                int k = 0;
                while (k < here.numObjs && here.objs[k] != u) {
                    k++;
                }
                k %= SPREAD.length;
                cx += SPREAD[k][0] * cell;
                cy += SPREAD[k][1] * cell;
            }
        }
        return Shapes.unit(u.kind(), cx, cy, size(u, cell));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (!(object instanceof Unit u) || !u.alive()) {
            return;
        }
        Shape s = shape(u, info);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Palette.side(u.side()));
        g.fill(s);
        double cell = info.draw.width;
        if (u.forward()) {
            g.setColor(FORWARD_OUTLINE);
            g.setStroke(new BasicStroke((float) Math.max(1.2, cell * 0.13)));
        } else {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(0.8, cell * 0.07)));
        }
        g.draw(s);
        if (info.selected) {
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke((float) Math.max(2, cell * 0.2)));
            g.draw(s);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return object instanceof Unit u && u.alive() && shape(u, range).intersects(range.clip);
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        return String.valueOf(wrapper.getObject());
    }

    /** The inspector shows the unit's view ({@link UnitView}), not the agent: agents carry no getters for the GUI. */
    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new SimpleInspector(inspected(wrapper.getObject()), state, getName(wrapper));
    }

    /** What the inspector shows for an object on this layer. */
    static Object inspected(Object object) {
        return object instanceof Unit u ? new UnitView(u) : object;
    }
}
