package ceasefire.gui;

import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Site;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.Geography;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * What the peacekeepers can see today: every cell within the sensor radius of a staffed post
 * or a patrol (the cells the model's coverage counts), outlined in green, with a faint veil on
 * the sides' ground. The peacekeeping zone and buffers keep their own colour, so the zone stays
 * easy to pick out. Nothing before a run starts or once the contingent has no troops left.
 */
final class SensorLayer extends Layer {

    /** A faint veil: a stronger tint turns the sides' own colours muddy. */
    static final Color FILL = new Color(0, 158, 115, 16);
    static final Color EDGE = new Color(0, 120, 86, 190);
    static final Stroke EDGE_STROKE = new BasicStroke(1.5f);

    private final ConflictModel model;
    private final int cell;
    private final int cols;
    private final int rows;
    private final boolean[] between;

    SensorLayer(ConflictModel model, MapLayout layout) {
        super(layout.mapWidth(), layout.mapHeight());
        this.model = model;
        this.cell = layout.cell();
        this.cols = layout.cols();
        this.rows = layout.rows();
        Geography g = model.geography();
        between = new boolean[g.cells()];
        for (int i = 0; i < between.length; i++) {
            between[i] = g.controlAt(i).separating();
        }
    }

    /** Cells within the sensor radius of a staffed site, row by row. */
    static boolean[] covered(PeacekeepingContingent pk, int cols, int rows) {
        boolean[] seen = new boolean[cols * rows];
        if (pk.troops() <= 0) {
            return seen;
        }
        List<Site> sites = new ArrayList<>(pk.posts());
        sites.addAll(pk.patrols());
        int r = pk.sensorRadius();
        for (Site s : sites) {
            if (s.staffing() <= 0) {
                continue;
            }
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    int x = s.x() + dx;
                    int y = s.y() + dy;
                    if (x >= 0 && y >= 0 && x < cols && y < rows && dx * dx + dy * dy <= r * r) {
                        seen[y * cols + x] = true;
                    }
                }
            }
        }
        return seen;
    }

    /** Patrols move once a day, so the covered area changes at most once a day. */
    @Override
    Object cacheKey() {
        PeacekeepingContingent pk = model.peacekeepers();
        return pk == null || model.peacekeeperField() == null ? "none" : List.of(System.identityHashCode(pk), model.day(), pk.troops());
    }

    @Override
    void paint(Graphics2D g) {
        PeacekeepingContingent pk = model.peacekeepers();
        if (pk == null || model.peacekeeperField() == null) {
            return;
        }
        boolean[] seen = covered(pk, cols, rows);
        g.setColor(FILL);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (seen[y * cols + x] && !between[y * cols + x]) {
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
            }
        }
        g.setColor(EDGE);
        g.setStroke(EDGE_STROKE);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (!seen[y * cols + x]) {
                    continue;
                }
                if (x == 0 || !seen[y * cols + x - 1]) {
                    line(g, x, y, x, y + 1);
                }
                if (x == cols - 1 || !seen[y * cols + x + 1]) {
                    line(g, x + 1, y, x + 1, y + 1);
                }
                if (y == 0 || !seen[(y - 1) * cols + x]) {
                    line(g, x, y, x + 1, y);
                }
                if (y == rows - 1 || !seen[(y + 1) * cols + x]) {
                    line(g, x, y + 1, x + 1, y + 1);
                }
            }
        }
    }

    private void line(Graphics2D g, int x0, int y0, int x1, int y1) {
        g.drawLine(x0 * cell, y0 * cell, x1 * cell, y1 * cell);
    }
}
