package ceasefire.gui;

import ceasefire.scenario.Geography;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The scenario's place names, above the units, posts and incidents: drawn on the terrain, they
 * were hidden under the markers standing on them. The names never change during a run, so the
 * layer is painted once per zoom.
 */
final class PlaceNameLayer extends Layer {

    private final Geography geography;
    private final int cell;

    PlaceNameLayer(Geography g, MapLayout layout) {
        super(layout.mapWidth(), layout.mapHeight());
        this.geography = g;
        this.cell = layout.cell();
    }

    @Override
    Object cacheKey() {
        return Boolean.TRUE;
    }

    @Override
    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        labelPlaces(g, geography, cell);
    }

    /**
     * The scenario's names for its places (map.regions.*.label), centred over the top of each
     * region, dark text on a light halo so that they read on any ground.
     */
    private static void labelPlaces(Graphics2D ig, Geography g, int c) {
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

}
