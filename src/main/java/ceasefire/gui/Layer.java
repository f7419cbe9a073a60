package ceasefire.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * A display layer painted as a whole (terrain, line of contact, coverage, incidents, status,
 * legend) rather than one MASON portrayal per object. Subclasses paint in their own pixel
 * coordinates at zoom 1, {@code width} x {@code height}; this class maps them onto the area the
 * display gives the layer, whatever the zoom. A layer whose picture changes only with a key
 * ({@link #cacheKey()}) is painted once into an image per key and zoom, so that the display,
 * which redraws after every step, only copies it. Nothing on a layer can be picked unless a
 * subclass says so.
 */
abstract class Layer extends FieldPortrayal2D {

    private final double width;
    private final double height;
    private BufferedImage cache;
    private Object cachedKey;

    Layer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        // A copy, so that one layer's hints, strokes and transform do not leak into the next.
        Graphics2D own = (Graphics2D) g.create();
        try {
            own.translate(info.draw.x, info.draw.y);
            double sx = info.draw.width / width;
            double sy = info.draw.height / height;
            Object key = cacheKey();
            if (key == null) {
                own.scale(sx, sy);
                paint(own);
                return;
            }
            int w = Math.max(1, (int) Math.ceil(info.draw.width));
            int h = Math.max(1, (int) Math.ceil(info.draw.height));
            if (cache == null || cache.getWidth() != w || cache.getHeight() != h || !Objects.equals(key, cachedKey)) {
                BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D ig = image.createGraphics();
                try {
                    ig.scale(sx, sy);
                    paint(ig);
                } finally {
                    ig.dispose();
                }
                cache = image;
                cachedKey = key;
            }
            own.drawImage(cache, 0, 0, null);
        } finally {
            own.dispose();
        }
    }

    /** Paints the layer in its own coordinates (zoom 1). */
    abstract void paint(Graphics2D g);

    /**
     * What the layer's picture depends on, or null when it must be painted every time. The
     * default: painted every time.
     */
    Object cacheKey() {
        return null;
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        // nothing to pick on this layer
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    /** The hit area {@code range} in this layer's own coordinates. */
    final Rectangle2D.Double toLayer(DrawInfo2D range) {
        double sx = width / range.draw.width;
        double sy = height / range.draw.height;
        return new Rectangle2D.Double((range.clip.x - range.draw.x) * sx, (range.clip.y - range.draw.y) * sy,
                Math.max(1, range.clip.width * sx), Math.max(1, range.clip.height * sy));
    }
}
