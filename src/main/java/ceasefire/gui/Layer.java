package ceasefire.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A display layer painted as a whole (terrain, line of contact, incidents, status, legend)
 * rather than one MASON portrayal per object. Subclasses paint in their own pixel coordinates
 * at zoom 1, {@code width} x {@code height}; this class maps them onto the area the display
 * gives the layer, whatever the zoom. Nothing on a layer can be picked unless a subclass says so.
 */
abstract class Layer extends FieldPortrayal2D {

    private final double width;
    private final double height;

    Layer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        AffineTransform saved = g.getTransform();
        try {
            g.translate(info.draw.x, info.draw.y);
            g.scale(info.draw.width / width, info.draw.height / height);
            paint(g);
        } finally {
            g.setTransform(saved);
        }
    }

    /** Paints the layer in its own coordinates (zoom 1). */
    abstract void paint(Graphics2D g);

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        // nothing to pick on this layer
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    /** The hit area {@code range} in this layer's own coordinates. */
    final java.awt.geom.Rectangle2D.Double toLayer(DrawInfo2D range) {
        double sx = width / range.draw.width;
        double sy = height / range.draw.height;
        return new java.awt.geom.Rectangle2D.Double((range.clip.x - range.draw.x) * sx, (range.clip.y - range.draw.y) * sy,
                Math.max(1, range.clip.width * sx), Math.max(1, range.clip.height * sy));
    }
}
