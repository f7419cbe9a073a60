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
            labelPlaces(ig, g, c);
        } finally {
            ig.dispose();
        }
    }

    /**
     * The scenario's names for its places (map.regions.*.label), centred over the top of each
     * region, dark text on a light halo so that they read on any ground.
     */
    static void labelPlaces(Graphics2D ig, Geography g, int c) {
        ig.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        ig.setClip(null);
        ig.setFont(new java.awt.Font("SansSerif", java.awt.Font.BOLD, Math.max(10, Math.min(13, c))));
        java.awt.FontMetrics fm = ig.getFontMetrics();
        java.util.List<java.awt.Rectangle> placed = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> r : g.regions().entrySet()) {
            java.util.List<ceasefire.scenario.Cell> cells = g.zoneCells(r.getKey());
            if (cells.isEmpty() || r.getValue().isEmpty()) {
                continue;
            }
            double cx = 0;
            int top = Integer.MAX_VALUE;
            for (ceasefire.scenario.Cell cell : cells) {
                cx += (cell.x() + 0.5) * c;
                top = Math.min(top, cell.y());
            }
            int w = fm.stringWidth(r.getValue());
            int x = (int) Math.round(cx / cells.size() - w / 2.0);
            x = Math.max(2, Math.min(g.width() * c - w - 2, x));
            int y = Math.max(fm.getAscent() + 1, top * c - 3);
            int h = fm.getAscent() + fm.getDescent();
            java.awt.Rectangle box = new java.awt.Rectangle(x - 3, y - fm.getAscent(), w + 6, h);
            // Labels of neighbouring places stack upwards rather than print over each other.
            while (y - h > fm.getAscent() && placed.stream().anyMatch(box::intersects)) {
                y -= h + 1;
                box.y -= h + 1;
            }
            placed.add(box);
            ig.setColor(new Color(255, 255, 255, 210));
            ig.fillRoundRect(box.x, box.y, box.width, box.height, 6, 6);
            ig.setColor(new Color(0x222222));
            ig.drawString(r.getValue(), x, y);
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
