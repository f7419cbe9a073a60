package ceasefire.gui;

import ceasefire.scenario.UnitKind;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The symbols of the map and its legend, so both always agree: infantry a circle, artillery a
 * square, a drone team a triangle; an observation post a diamond, a patrol a hexagon; an
 * incident an eight-pointed burst. Each is centred on (cx, cy) and {@code size} across.
 */
final class Shapes {

    private Shapes() {
    }

    static Shape unit(UnitKind kind, double cx, double cy, double size) {
        return switch (kind) {
            case INFANTRY -> new Ellipse2D.Double(cx - size / 2, cy - size / 2, size, size);
            // A square looks bigger than a circle of the same width; shrink it to the same area.
            case ARTILLERY -> square(cx, cy, size * 0.886);
            case DRONE_TEAM -> triangle(cx, cy, size * 1.1);
        };
    }

    static Shape square(double cx, double cy, double size) {
        return new Rectangle2D.Double(cx - size / 2, cy - size / 2, size, size);
    }

    static Shape triangle(double cx, double cy, double size) {
        double h = size * Math.sqrt(3) / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - h * 2 / 3);
        p.lineTo(cx + size / 2, cy + h / 3);
        p.lineTo(cx - size / 2, cy + h / 3);
        p.closePath();
        return p;
    }

    static Shape diamond(double cx, double cy, double size) {
        double r = size / 2;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx, cy - r);
        p.lineTo(cx + r, cy);
        p.lineTo(cx, cy + r);
        p.lineTo(cx - r, cy);
        p.closePath();
        return p;
    }

    static Shape hexagon(double cx, double cy, double size) {
        return radial(cx, cy, size / 2, size / 2, 6, 0);
    }

    /** An eight-pointed burst, the mark of an incident. */
    static Shape burst(double cx, double cy, double size) {
        return radial(cx, cy, size / 2, size / 4, 16, -Math.PI / 2);
    }

    /**
     * A closed polygon of {@code vertices} points around (cx, cy), alternately at radius
     * {@code outer} and {@code inner} (equal radii give a regular polygon), starting at angle
     * {@code start}.
     */
    private static Shape radial(double cx, double cy, double outer, double inner, int vertices, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int k = 0; k < vertices; k++) {
            double a = 2 * Math.PI / vertices * k + start;
            double r = k % 2 == 0 ? outer : inner;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
