package ceasefire.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A second range axis, beside the plot, that shows the escalation index's levels: a narrow strip
 * of shaded bands along the plot's edge, and each level's name at the middle of its band. The
 * levels are the index's alone, so they stay out of the plot: shaded behind it, a side's hostility
 * of 0.9 read as "open war" while the index stood at 0.6. Drawn inside the plot, the names were
 * crossed by the lines that run through the upper levels; outside it, they are always readable. A
 * name whose band is too thin to hold it (fewer pixels than a line of text from the previous name)
 * is left out rather than overprinted.
 */
final class LevelAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    /** Width of the strip of bands, and the gap between it and the plot, in pixels. */
    static final double STRIP = 12;
    private static final double GAP = 2;

    private final double[] bounds;
    private final double[] middles;
    private final String[] names;
    private final transient Color[] colours;

    /**
     * @param bounds band edges from 0 to 1, one more than there are names
     * @param names the level names, lowest first
     */
    LevelAxis(double[] bounds, String[] names) {
        this(bounds, names, "escalation index level");
    }

    /**
     * @param bounds band edges from 0 to 1, one more than there are names
     * @param names the level names, lowest first
     * @param label the axis label, or null
     */
    LevelAxis(double[] bounds, String[] names, String label) {
        super(label);
        if (bounds.length != names.length + 1) {
            throw new IllegalArgumentException(names.length + " names need " + (names.length + 1) + " band edges, not " + bounds.length);
        }
        this.names = names.clone();
        this.bounds = bounds.clone();
        this.colours = new Color[names.length];
        for (int i = 0; i < names.length; i++) {
            colours[i] = bandColour(i, names.length);
        }
        this.middles = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            middles[i] = (bounds[i] + bounds[i + 1]) / 2;
        }
        setRange(0.0, 1.0);
        setTickMarksVisible(false);
        setAxisLineVisible(false);
    }

    /**
     * A level's shade: greys from white (calm) to a mid grey (open war), darker as the level rises.
     * Grey like the index's own line, and unlike either side's colour (an orange band matched one
     * side's hostility line); the names, not the shades, carry the meaning for every reader.
     */
    static Color bandColour(int i, int n) {
        float t = n <= 1 ? 0 : i / (float) (n - 1);
        int v = Math.round(255 - 140 * t);
        return new Color(v, v, v);
    }

    /** The strip's band for a level, in the given plot area, at the given edge. */
    Rectangle2D band(int level, Rectangle2D dataArea, RectangleEdge edge, double cursor) {
        double top = valueToJava2D(bounds[level + 1], dataArea, edge);
        double bottom = valueToJava2D(bounds[level], dataArea, edge);
        double x = edge == RectangleEdge.LEFT ? cursor - GAP - STRIP : cursor + GAP;
        return new Rectangle2D.Double(x, Math.min(top, bottom), STRIP, Math.abs(bottom - top));
    }

    @Override
    public AxisSpace reserveSpace(Graphics2D g2, Plot plot, Rectangle2D plotArea, RectangleEdge edge, AxisSpace space) {
        AxisSpace s = super.reserveSpace(g2, plot, plotArea, edge, space);
        if (isVisible() && RectangleEdge.isLeftOrRight(edge)) {
            s.add(STRIP + GAP, edge);
        }
        return s;
    }

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge,
                          PlotRenderingInfo plotState) {
        if (!isVisible() || !RectangleEdge.isLeftOrRight(edge)) {
            return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
        }
        Paint paint = g2.getPaint();
        Stroke stroke = g2.getStroke();
        for (int i = 0; i < names.length; i++) {
            Rectangle2D r = band(i, dataArea, edge, cursor);
            g2.setPaint(colours[i]);
            g2.fill(r);
        }
        // An outline, so that the white "calm" band shows as part of the strip.
        g2.setPaint(new Color(0xBBBBBB));
        g2.setStroke(new BasicStroke(0.8f));
        Rectangle2D all = band(0, dataArea, edge, cursor).createUnion(band(names.length - 1, dataArea, edge, cursor));
        g2.draw(all);
        for (int i = 1; i < names.length; i++) {
            double y = valueToJava2D(bounds[i], dataArea, edge);
            g2.draw(new Line2D.Double(all.getMinX(), y, all.getMaxX(), y));
        }
        g2.setPaint(paint);
        g2.setStroke(stroke);
        double beyond = edge == RectangleEdge.LEFT ? cursor - GAP - STRIP : cursor + GAP + STRIP;
        return super.draw(g2, beyond, plotArea, dataArea, edge, plotState);
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
