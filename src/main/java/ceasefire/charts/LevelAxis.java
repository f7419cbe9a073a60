package ceasefire.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A second range axis, beside the plot, that names the escalation levels at the middle of their
 * bands. Drawn inside the plot, the names were crossed by the lines that run through the upper
 * levels; outside it, they are always readable. A name whose band is too thin to hold it (fewer
 * pixels than a line of text from the previous name) is left out rather than overprinted.
 */
final class LevelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    private final double[] middles;
    private final String[] names;

    /**
     * @param bounds band edges from 0 to 1, one more than there are names
     * @param names the level names, lowest first
     */
    LevelAxis(double[] bounds, String[] names) {
        super(null);
        if (bounds.length != names.length + 1) {
            throw new IllegalArgumentException(names.length + " names need " + (names.length + 1) + " band edges, not " + bounds.length);
        }
        this.names = names.clone();
        this.middles = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            middles[i] = (bounds[i] + bounds[i + 1]) / 2;
        }
        setRange(0.0, 1.0);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<NumberTick> ticks = new ArrayList<>();
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        double room = vertical ? g2.getFontMetrics(getTickLabelFont()).getHeight() : 0;
        double last = Double.NaN;
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.TOP_CENTER;
        for (int i = 0; i < names.length; i++) {
            double y = valueToJava2D(middles[i], dataArea, edge);
            if (!Double.isNaN(last) && Math.abs(y - last) < room) {
                continue;
            }
            ticks.add(new NumberTick(middles[i], names[i], anchor, anchor, 0.0));
            last = y;
        }
        return ticks;
    }

    /** The names drawn in a plot area of the given height, for tests. */
    List<String> shownNames(Graphics2D g2, double plotHeight) {
        List<String> out = new ArrayList<>();
        for (Object t : refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 100, plotHeight), RectangleEdge.RIGHT)) {
            out.add(((NumberTick) t).getText());
        }
        return out;
    }
}
