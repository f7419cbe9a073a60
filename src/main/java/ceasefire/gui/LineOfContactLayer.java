package ceasefire.gui;

import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;

/**
 * The line of contact, drawn as a dark line along the edges where a side's ground on the line
 * meets the other side's ground or the ground between them (peacekeeping zone, buffer): the
 * front each side holds under the ceasefire.
 */
final class LineOfContactLayer extends Layer {

    static final Color COLOUR = new Color(0x1A1A1A);

    private final Path2D.Double path = new Path2D.Double();
    private final float width;

    LineOfContactLayer(Geography g, MapLayout layout) {
        super(layout.mapWidth(), layout.mapHeight());
        int c = layout.cell();
        width = Math.min(4f, Math.max(2f, c * 0.2f));
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                if (!g.onLine(x, y)) {
                    continue;
                }
                Control own = g.control(x, y);
                if (faces(g, own, x + 1, y)) {
                    segment(x + 1, y, x + 1, y + 1, c);
                }
                if (faces(g, own, x - 1, y)) {
                    segment(x, y, x, y + 1, c);
                }
                if (faces(g, own, x, y + 1)) {
                    segment(x, y + 1, x + 1, y + 1, c);
                }
                if (faces(g, own, x, y - 1)) {
                    segment(x, y, x + 1, y, c);
                }
            }
        }
    }

    /** Whether the neighbour is the other side's ground or ground between the sides. */
    private static boolean faces(Geography g, Control own, int x, int y) {
        if (!g.contains(x, y)) {
            return false;
        }
        Control c = g.control(x, y);
        return c != own && (c == Control.A || c == Control.B || c.separating());
    }

    private void segment(int x0, int y0, int x1, int y1, int c) {
        path.moveTo(x0 * c, y0 * c);
        path.lineTo(x1 * c, y1 * c);
    }

    /** The line never moves. */
    @Override
    Object cacheKey() {
        return Boolean.TRUE;
    }

    @Override
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(COLOUR);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        g.draw(path);
    }
}
