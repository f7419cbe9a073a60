package ceasefire.gui;

import ceasefire.charts.Palette;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Terrain;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The ground: each cell tinted by who holds it (side A, side B, the peacekeeping zone, a buffer,
 * neutral ground) and shaded by terrain, with impassable water hatched. The map never changes
 * during a run, so it is drawn once into an image.
 */
final class TerrainLayer extends Layer {

    /**
     * Lines over impassable water. Light against the water's blue: a shade close to it (as
     * before) made the hatching invisible and the water read as solid.
     */
    static final Color HATCH = new Color(0xB8D7EE);

    private final BufferedImage image;

    TerrainLayer(Geography g, MapLayout layout) {
        super(layout.mapWidth(), layout.mapHeight());
        int c = layout.cell();
        image = new BufferedImage(layout.mapWidth(), layout.mapHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D ig = image.createGraphics();
        try {
            for (int y = 0; y < g.height(); y++) {
                for (int x = 0; x < g.width(); x++) {
                    ig.setColor(Palette.cell(g.control(x, y), g.terrain(x, y)));
                    ig.fillRect(x * c, y * c, c, c);
                }
            }
            // Hatch the impassable cells so that they read as "no way through", not just blue.
            ig.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            ig.setColor(HATCH);
            ig.setStroke(new BasicStroke(Math.max(1f, c / 10f)));
            for (int y = 0; y < g.height(); y++) {
                for (int x = 0; x < g.width(); x++) {
                    if (g.terrain(x, y) == Terrain.WATER) {
                        ig.setClip(x * c, y * c, c, c);
                        for (int k = -c; k < c; k += Math.max(3, c / 3)) {
                            ig.drawLine(x * c + k, y * c + c, x * c + k + c, y * c);
                        }
                    }
                }
            }
        } finally {
            ig.dispose();
        }
    }

    @Override
    Object cacheKey() {
        return Boolean.TRUE;
    }

    @Override
    void paint(Graphics2D g) {
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, 0, 0, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }
}
