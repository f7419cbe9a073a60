package ceasefire.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose ticks stay readable on narrow ranges and small figures: JFreeChart picks the
 * smallest tick unit whose labels do not overlap (0.005 steps on a colour scale from 0.535 to
 * 0.66 gave 27 labels); this axis then coarsens it until ticks are at least {@value #MIN_GAP_X}
 * pixels apart across and {@value #MIN_GAP_Y} up the page.
 */
public class ReadableAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    static final double MIN_GAP_X = 55;
    static final double MIN_GAP_Y = 36;

    public ReadableAxis(String label) {
        super(label);
    }

    @Override
    protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        super.selectAutoTickUnit(g2, dataArea, edge);
        double pixels = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
        double gap = RectangleEdge.isTopOrBottom(edge) ? MIN_GAP_X : MIN_GAP_Y;
        int most = Math.max(3, (int) Math.floor(pixels / gap));
        double length = getRange().getLength();
        TickUnitSource source = getStandardTickUnits();
        TickUnit unit = getTickUnit();
        for (int guard = 0; guard < 50 && length / unit.getSize() > most; guard++) {
            TickUnit larger = source.getLargerTickUnit(unit);
            if (larger.getSize() <= unit.getSize()) {
                break;
            }
            unit = larger;
        }
        if (unit != getTickUnit() && unit instanceof NumberTickUnit n) {
            setTickUnit(n, false, false);
        }
    }
}
