package ceasefire.gui;

import ceasefire.charts.Palette;
import ceasefire.model.ConflictModel;
import ceasefire.events.Incident;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

/**
 * Incidents as they happen: a burst on the cell where each landed, in its type's colour,
 * fading over {@value IncidentTrail#FADE_DAYS} days. Filled when the peacekeepers detected it,
 * hollow when nobody but the parties knows.
 */
final class IncidentLayer extends Layer {

    private final ConflictModel model;
    private final IncidentTrail trail;
    private final int cell;

    IncidentLayer(ConflictModel model, IncidentTrail trail, MapLayout layout) {
        super(layout.mapWidth(), layout.mapHeight());
        this.model = model;
        this.trail = trail;
        this.cell = layout.cell();
    }

    static Color faded(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }

    /** Draws one incident mark (also used by the legend). */
    static void mark(Graphics2D g, Incident i, double cx, double cy, double size, double opacity) {
        Shape s = Shapes.burst(cx, cy, size);
        Color c = Palette.type(i.type());
        if (i.detected()) {
            g.setColor(faded(c, opacity));
            g.fill(s);
            g.setColor(faded(Color.DARK_GRAY, opacity * 0.9));
            g.setStroke(new BasicStroke((float) Math.max(0.8, size * 0.05)));
            g.draw(s);
        } else {
            g.setColor(faded(Color.WHITE, opacity * 0.8));
            g.setStroke(new BasicStroke((float) Math.max(2.4, size * 0.16)));
            g.draw(s);
            g.setColor(faded(c.darker(), opacity));
            g.setStroke(new BasicStroke((float) Math.max(1.4, size * 0.09)));
            g.draw(s);
        }
    }

    @Override
    void paint(Graphics2D g) {
        if (model.unitField() == null) {
            return;
        }
        int today = model.day() - 1;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (Incident i : trail.recent()) {
            double opacity = IncidentTrail.opacity(i.step(), today);
            if (opacity > 0) {
                mark(g, i, (i.x() + 0.5) * cell, (i.y() + 0.5) * cell, cell * 1.7, opacity);
            }
        }
    }
}
