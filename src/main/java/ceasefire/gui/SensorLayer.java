package ceasefire.gui;

import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Site;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.Geography;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What the peacekeepers can see today: every cell within the sensor radius of a staffed post
 * or a patrol (the cells the model's coverage counts), outlined, and tinted green on the sides'
 * ground. The peacekeeping zone and buffers keep their own colour, so the zone stays easy to
 * pick out. Nothing before a run starts or once the contingent has no troops left.
 */
final class SensorLayer extends Layer {

    static final Color FILL = new Color(0, 158, 115, 38);
    static final Color EDGE = new Color(0, 110, 80, 150);
    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f);

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

    @Override
    void paint(Graphics2D g) {
        PeacekeepingContingent pk = model.peacekeepers();
        if (pk == null || model.peacekeeperField() == null) {
            return;
        }
        boolean[] seen = covered(pk, cols, rows);
        Path2D.Double edge = new Path2D.Double();
        g.setColor(FILL);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (!seen[y * cols + x]) {
                    continue;
                }
                if (!between[y * cols + x]) {
                    g.fillRect(x * cell, y * cell, cell, cell);
                }
                if (x == 0 || !seen[y * cols + x - 1]) {
                    line(edge, x, y, x, y + 1);
                }
                if (x == cols - 1 || !seen[y * cols + x + 1]) {
                    line(edge, x + 1, y, x + 1, y + 1);
                }
                if (y == 0 || !seen[(y - 1) * cols + x]) {
                    line(edge, x, y, x + 1, y);
                }
                if (y == rows - 1 || !seen[(y + 1) * cols + x]) {
                    line(edge, x, y + 1, x + 1, y + 1);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(EDGE);
        g.setStroke(DASHED);
        g.draw(edge);
    }

    private void line(Path2D.Double p, int x0, int y0, int x1, int y1) {
        p.moveTo(x0 * cell, y0 * cell);
        p.lineTo(x1 * cell, y1 * cell);
    }
}
