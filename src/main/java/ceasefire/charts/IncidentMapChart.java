package ceasefire.charts;

import ceasefire.events.Incident;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Terrain;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYZDataset;

/**
 * Where incidents happened: a heat map of incident counts per cell drawn over the map (who holds
 * each cell, shaded by terrain), with the line of contact and the peacekeepers' posts.
 */
public final class IncidentMapChart {

    /** Upper bounds of the count bins: 1, 2, 3-4, 5-9, 10-19, 20+. */
    private static final int[] BINS = {1, 2, 3, 5, 10, 20};

    private IncidentMapChart() {
    }

    /** Incidents per cell (x, y, count) for cells with at least one. */
    public static DefaultXYZDataset incidentCounts(Geography g, List<Incident> incidents) {
        int[] counts = new int[g.cells()];
        for (Incident i : incidents) {
            counts[g.index(i.x(), i.y())]++;
        }
        int n = 0;
        for (int c : counts) {
            n += c > 0 ? 1 : 0;
        }
        double[][] data = new double[3][n];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                data[0][k] = i % g.width();
                data[1][k] = i / g.width();
                data[2][k] = counts[i];
                k++;
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("incidents", data);
        return ds;
    }

    public static JFreeChart createChart(Geography g, List<Incident> incidents, List<Cell> posts, String[] sideNames,
                                         String peacekeepersName, String subtitle) {
        NumberAxis xAxis = new ReadableAxis("x (column)");
        xAxis.setRange(0, g.width());
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis yAxis = new ReadableAxis("y (row)");
        yAxis.setRange(0, g.height());
        yAxis.setInverted(true);
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());

        // Datasets, top to bottom: 0 posts, 1 incidents, 3 the map. The line of contact is an
        // annotation over them.
        LookupPaintScale heat = new LookupPaintScale(0, 1_000_000, new Color(0, 0, 0, 0));
        for (int b = 0; b < BINS.length; b++) {
            heat.add(BINS[b], Palette.heat(b));
        }
        XYBlockRenderer incidentRenderer = cells(new IncidentCells(), heat);
        DefaultXYZDataset counts = incidentCounts(g, incidents);
        // Dataset 0 is drawn last (on top): the posts, so no incident cell hides one.
        XYPlot plot = new XYPlot(null, xAxis, yAxis, null);
        plot.setDataset(1, counts);
        plot.setRenderer(1, incidentRenderer);

        XYSeriesCollection postSeries = new XYSeriesCollection();
        XYSeries ps = new XYSeries(peacekeepersName + " posts", false, true);
        for (Cell c : posts) {
            ps.add(c.x() + 0.5, c.y() + 0.5);
        }
        postSeries.addSeries(ps);
        XYLineAndShapeRenderer postRenderer = new XYLineAndShapeRenderer(false, true);
        postRenderer.setSeriesShape(0, ChartStyle.triangle(5));
        postRenderer.setSeriesPaint(0, Palette.PEACEKEEPERS.darker());
        postRenderer.setUseOutlinePaint(true);
        postRenderer.setSeriesOutlinePaint(0, Color.WHITE);
        postRenderer.setDrawOutlines(true);
        plot.setDataset(0, postSeries);
        plot.setRenderer(0, postRenderer);

        plot.addAnnotation(new XYShapeAnnotation(lineOfContact(g), new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                Palette.LINE_OF_CONTACT), false);

        int codes = Control.values().length * Terrain.values().length;
        LookupPaintScale mapScale = new LookupPaintScale(0, codes + 1, Color.WHITE);
        for (Control c : Control.values()) {
            for (Terrain t : Terrain.values()) {
                mapScale.add(code(c, t), Palette.cell(c, t));
            }
        }
        plot.setDataset(3, map(g));
        plot.setRenderer(3, cells(new XYBlockRenderer(), mapScale));

        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        ChartStyle.axis(xAxis);
        ChartStyle.axis(yAxis);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(box(sideNames[0] + " (A)", Palette.control(Control.A)));
        legend.add(box(sideNames[1] + " (B)", Palette.control(Control.B)));
        if (has(g, Control.PEACEKEEPING)) {
            legend.add(box("peacekeeping zone", Palette.control(Control.PEACEKEEPING)));
        }
        if (has(g, Control.BUFFER)) {
            legend.add(box("buffer", Palette.control(Control.BUFFER)));
        }
        if (has(g, Control.NEUTRAL)) {
            legend.add(box("neutral", Palette.control(Control.NEUTRAL)));
        }
        if (has(g, Terrain.WATER)) {
            legend.add(box("water", Palette.cell(Control.NEUTRAL, Terrain.WATER)));
        }
        legend.add(box("darker: hills, mountains, towns", Palette.cell(Control.A, Terrain.MOUNTAIN)));
        legend.add(new LegendItem("line of contact", null, null, null, new java.awt.geom.Line2D.Double(-7, 0, 7, 0), new BasicStroke(2.2f),
                Palette.LINE_OF_CONTACT));
        if (!posts.isEmpty()) {
            LegendItem post = new LegendItem(possessive(peacekeepersName) + " post", null, null, null, ChartStyle.triangle(5), Palette.PEACEKEEPERS.darker());
            legend.add(post);
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = new JFreeChart("Where incidents happened (" + incidents.size() + " in all)", Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);

        int most = 1;
        for (int i = 0; i < counts.getItemCount(0); i++) {
            most = Math.max(most, (int) counts.getZValue(0, i));
        }
        // The bins are unequal (1, 2, 3-4, 5-9, ...), so the scale is a key of swatches, one per
        // bin up to the largest count on the map, not a linear bar that would misplace them.
        LegendItemCollection bins = new LegendItemCollection();
        for (int b = 0; b < BINS.length && BINS[b] <= most; b++) {
            int lo = BINS[b];
            int hi = b + 1 < BINS.length ? BINS[b + 1] - 1 : Integer.MAX_VALUE;
            String label = hi == Integer.MAX_VALUE ? lo + " or more" : lo == hi ? Integer.toString(lo) : lo + "-" + hi;
            bins.add(box(label, Palette.heat(b)));
        }
        LegendTitle key = new LegendTitle(() -> bins);
        key.setPosition(RectangleEdge.RIGHT);
        key.setItemFont(Palette.LEGEND);
        key.setMargin(new RectangleInsets(10, 10, 10, 10));
        TextTitle keyTitle = new TextTitle("incidents\nper cell", Palette.LEGEND);
        keyTitle.setPosition(RectangleEdge.RIGHT);
        keyTitle.setVerticalAlignment(org.jfree.chart.ui.VerticalAlignment.CENTER);
        BlockContainer keyBlock = new BlockContainer(new ColumnArrangement());
        keyBlock.add(keyTitle);
        keyBlock.add(key);
        CompositeTitle scale = new CompositeTitle(keyBlock);
        scale.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(scale);

        // The scenario's names for its places, where they are.
        for (Map.Entry<String, String> r : g.regions().entrySet()) {
            List<Cell> cells = g.zoneCells(r.getKey());
            if (cells.isEmpty() || r.getValue().isEmpty()) {
                continue;
            }
            double cx = 0;
            int minY = Integer.MAX_VALUE;
            for (Cell c : cells) {
                cx += c.x() + 0.5;
                minY = Math.min(minY, c.y());
            }
            XYTextAnnotation label = new XYTextAnnotation(r.getValue(), cx / cells.size(), minY);
            label.setFont(Palette.MARKER);
            label.setPaint(Palette.ESCALATION);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            label.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(label, false);
        }
        return chart;
    }

    /** "Russian peacekeepers' post", "UN force's post". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** Width and height in pixels that keep cells square for a chart of about {@code width} pixels. */
    public static Rectangle size(Geography g, int width) {
        int plotWidth = width - 200;
        int plotHeight = (int) Math.round(plotWidth * g.height() / (double) g.width());
        return new Rectangle(0, 0, width, plotHeight + 190);
    }

    private static boolean has(Geography g, Terrain t) {
        for (int i = 0; i < g.cells(); i++) {
            if (g.terrainAt(i) == t) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Geography g, Control c) {
        for (int i = 0; i < g.cells(); i++) {
            if (g.controlAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static DefaultXYZDataset map(Geography g) {
        double[][] data = new double[3][g.cells()];
        for (int i = 0; i < g.cells(); i++) {
            data[0][i] = i % g.width();
            data[1][i] = i / g.width();
            data[2][i] = code(g.controlAt(i), g.terrainAt(i));
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("map", data);
        return ds;
    }

    /**
     * The line of contact as a path of cell edges: every edge between a cell on the line and a
     * neighbour (left, right, above, below) held by the other side or lying between the sides
     * (peacekeeping zone, buffer). Drawn as one shape.
     */
    public static Path2D lineOfContact(Geography g) {
        Path2D.Double path = new Path2D.Double();
        int[][] edges = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                if (!g.onLine(x, y)) {
                    continue;
                }
                for (int[] e : edges) {
                    int nx = x + e[0];
                    int ny = y + e[1];
                    if (!g.contains(nx, ny) || g.control(nx, ny) == g.control(x, y)
                            || !(g.control(nx, ny).separating() || g.control(nx, ny) == Control.A || g.control(nx, ny) == Control.B)) {
                        continue;
                    }
                    // The shared edge: vertical for left/right neighbours, horizontal otherwise.
                    double x0 = e[0] == 1 ? x + 1 : x;
                    double y0 = e[1] == 1 ? y + 1 : y;
                    if (e[0] != 0) {
                        path.moveTo(x0, y);
                        path.lineTo(x0, y + 1);
                    } else {
                        path.moveTo(x, y0);
                        path.lineTo(x + 1, y0);
                    }
                }
            }
        }
        return path;
    }

    private static int code(Control c, Terrain t) {
        return 1 + c.ordinal() * Terrain.values().length + t.ordinal();
    }

    /** Sets {@code r} up to draw one block per map cell, coloured by {@code scale}. */
    private static <R extends XYBlockRenderer> R cells(R r, LookupPaintScale scale) {
        r.setBlockWidth(1.0);
        r.setBlockHeight(1.0);
        // Cell (x, y) covers [x, x+1] x [y, y+1] in data space; the y axis is drawn inverted.
        r.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
        r.setPaintScale(scale);
        return r;
    }

    private static LegendItem box(String label, Color colour) {
        return new LegendItem(label, null, null, null, new java.awt.geom.Rectangle2D.Double(-6, -6, 12, 12), colour,
                new BasicStroke(0.6f), new Color(0x888888));
    }

    /**
     * Incident cells as squares set a little inside their cell, each with a dark outline. Filled
     * to the cell's edges, a cell of 1 or 2 incidents (pale yellow) was hard to tell from B's
     * peach ground or its darker hills; the outline and the sliver of ground around the square
     * set every incident cell apart from the map under it, whatever the count.
     */
    static final class IncidentCells extends XYBlockRenderer {

        private static final long serialVersionUID = 1L;

        /** How far inside its cell a square starts, in cells. */
        static final double INSET = 0.08;
        static final Color OUTLINE = new Color(0x3A3A3A);
        private static final BasicStroke OUTLINE_STROKE = new BasicStroke(1.0f);

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info, XYPlot plot,
                             ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                             CrosshairState crosshairState, int pass) {
            double x = dataset.getXValue(series, item);
            double y = dataset.getYValue(series, item);
            double z = dataset instanceof XYZDataset xyz ? xyz.getZValue(series, item) : 0;
            double x0 = domainAxis.valueToJava2D(x + INSET, dataArea, plot.getDomainAxisEdge());
            double x1 = domainAxis.valueToJava2D(x + 1 - INSET, dataArea, plot.getDomainAxisEdge());
            double y0 = rangeAxis.valueToJava2D(y + INSET, dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(y + 1 - INSET, dataArea, plot.getRangeAxisEdge());
            // Edges on pixel middles, so that the 1-pixel outline is one crisp dark pixel wide
            // rather than two half-tones.
            double left = Math.floor(Math.min(x0, x1)) + 0.5;
            double top = Math.floor(Math.min(y0, y1)) + 0.5;
            double right = Math.floor(Math.max(x0, x1)) + 0.5;
            double bottom = Math.floor(Math.max(y0, y1)) + 0.5;
            Rectangle2D square = new Rectangle2D.Double(left, top, right - left, bottom - top);
            g2.setPaint(getPaintScale().getPaint(z));
            g2.fill(square);
            g2.setPaint(OUTLINE);
            g2.setStroke(OUTLINE_STROKE);
            g2.draw(square);
        }
    }
}
