package ceasefire.charts;

import ceasefire.model.DayRecord;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The escalation index and both sides' hostility over time, with the index's levels as a strip of
 * shaded bands and names beside the plot ({@link LevelAxis}), and the run's milestones: timeline events as labelled lines, rebukes and talks as symbols.
 */
public final class EscalationChart {

    /** Series order in the line dataset. */
    public static final int ESCALATION = 0;
    public static final int HOSTILITY_A = 1;
    public static final int HOSTILITY_B = 2;

    /** Vertical offset of rebuke and talks symbols from the escalation line. */
    private static final double SYMBOL_OFFSET = 0.035;

    private EscalationChart() {
    }

    /** Lines: escalation, hostility of A, hostility of B. {@code maxItems} bounds history (0 = no bound). */
    public static XYSeriesCollection createDataset(String nameA, String nameB, int maxItems) {
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(series("escalation index", maxItems));
        ds.addSeries(series("hostility of " + nameA, maxItems));
        ds.addSeries(series("hostility of " + nameB, maxItems));
        return ds;
    }

    /** Symbols: rebukes, successful talks, failed talks (y = escalation that day). */
    public static XYSeriesCollection createMilestoneDataset(int maxItems) {
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(series("public rebuke", maxItems));
        ds.addSeries(series("talks succeed", maxItems));
        ds.addSeries(series("talks fail", maxItems));
        return ds;
    }

    private static XYSeries series(String key, int maxItems) {
        XYSeries s = new XYSeries(key, false, true);
        if (maxItems > 0) {
            s.setMaximumItemCount(maxItems);
        }
        return s;
    }

    public static void append(XYSeriesCollection ds, DayRecord r) {
        ds.getSeries(ESCALATION).add(r.step(), r.escalation(), false);
        ds.getSeries(HOSTILITY_A).add(r.step(), r.hostilityA(), false);
        ds.getSeries(HOSTILITY_B).add(r.step(), r.hostilityB(), true);
    }

    /**
     * Shows a milestone: rebukes and talks as symbols at the day's escalation, timeline events
     * and the collapse as labelled vertical lines ({@code index} staggers their labels).
     */
    public static void addMilestone(XYPlot plot, XYSeriesCollection symbols, Milestone m, double escalation, int index) {
        int series = switch (m.kind()) {
            case REBUKE -> 0;
            case TALKS_SUCCEEDED -> 1;
            case TALKS_FAILED -> 2;
            case EVENT, COLLAPSE -> -1;
        };
        if (series < 0) {
            addMarker(plot, m, index);
            return;
        }
        // Rebukes just above the line, talks just below, so that both show on one day.
        double y = series == 0 ? Math.min(1, escalation + SYMBOL_OFFSET) : Math.max(0, escalation - SYMBOL_OFFSET);
        symbols.getSeries(series).add(m.day(), y);
        // The legend names a symbol from the day it first appears (in the live chart too).
        if (plot.getRenderer(1) != null) {
            plot.getRenderer(1).setSeriesVisibleInLegend(series, true);
        }
    }

    public static JFreeChart createChart(XYSeriesCollection lines, XYSeriesCollection symbols, EscalationSpec levels,
                                         String dayLabel, String subtitle) {
        NumberAxis time = ChartStyle.dayAxis(dayLabel);
        NumberAxis value = new ReadableAxis("index / hostility (0 to 1)");
        value.setRange(0.0, 1.0);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(ESCALATION, Palette.ESCALATION);
        lineRenderer.setSeriesPaint(HOSTILITY_A, Palette.SIDE_A);
        lineRenderer.setSeriesPaint(HOSTILITY_B, Palette.SIDE_B);
        lineRenderer.setSeriesStroke(ESCALATION, new java.awt.BasicStroke(2.6f));
        lineRenderer.setSeriesStroke(HOSTILITY_A, Palette.LINE);
        lineRenderer.setSeriesStroke(HOSTILITY_B, Palette.LINE);
        XYPlot plot = new XYPlot(lines, time, value, lineRenderer);

        XYLineAndShapeRenderer symbolRenderer = new XYLineAndShapeRenderer(false, true);
        symbolRenderer.setSeriesPaint(0, Palette.MEDIATOR);
        symbolRenderer.setSeriesShape(0, ChartStyle.triangle(6));
        symbolRenderer.setSeriesPaint(1, Palette.PEACEKEEPERS);
        symbolRenderer.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        symbolRenderer.setSeriesPaint(2, new Color(0xB22222));
        symbolRenderer.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, symbols);
        plot.setRenderer(1, symbolRenderer);
        // Only symbols that occur are in the legend: "talks fail" is not listed in a run without talks.
        for (int i = 0; i < symbols.getSeriesCount(); i++) {
            symbolRenderer.setSeriesVisibleInLegend(i, symbols.getItemCount(i) > 0);
        }

        EscalationLevel[] levelNames = EscalationLevel.values();
        double[] bounds = new double[levelNames.length + 1];
        String[] names = new String[levelNames.length];
        for (int i = 0; i < levelNames.length; i++) {
            bounds[i + 1] = i < levels.thresholds().size() ? levels.thresholds().get(i) : 1.0;
            names[i] = levelNames[i].label();
        }
        // The index's levels as a strip of bands with their names beside the plot, not shaded behind it: the levels
        // are the index's, and behind the hostility lines they read as the sides' (hostility 0.9 "open war" at index 0.6).
        plot.setRangeAxis(1, new LevelAxis(bounds, names));
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        ChartStyle.plot(plot);
        plot.getRangeAxis(1).setTickLabelPaint(new Color(0x666666));
        JFreeChart chart = new JFreeChart("Escalation and hostility", Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    /** The chart of a finished run. */
    public static JFreeChart createChart(List<DayRecord> days, List<Milestone> milestones, EscalationSpec levels,
                                         String nameA, String nameB, String dayLabel, String subtitle) {
        XYSeriesCollection lines = createDataset(nameA, nameB, 0);
        for (DayRecord r : days) {
            append(lines, r);
        }
        XYSeriesCollection symbols = createMilestoneDataset(0);
        JFreeChart chart = createChart(lines, symbols, levels, dayLabel, subtitle);
        XYPlot plot = chart.getXYPlot();
        int markers = 0;
        for (Milestone m : milestones) {
            double e = m.day() >= 0 && m.day() < days.size() ? days.get(m.day()).escalation() : 0;
            boolean marker = m.kind() == Milestone.Kind.EVENT || m.kind() == Milestone.Kind.COLLAPSE;
            addMilestone(plot, symbols, m, e, marker ? markers++ : 0);
        }
        return chart;
    }

    /**
     * A labelled vertical line. The line lies behind the data; its label is a second, invisible
     * marker in front of them, on a nearly opaque ground, so that no line runs through its text
     * (hostility pinned at 1.0 used to cross "ceasefire collapses"). Labels hang from the top of
     * the plot, or stand on its bottom when the lines near the label leave no room at the top but
     * do at the bottom. Labels of events in the last third of the time axis are drawn to the left
     * of their line so that they stay inside the chart; {@code index} staggers labels of events a
     * few days apart.
     */
    private static void addMarker(XYPlot plot, Milestone m, int index) {
        Color colour = m.kind() == Milestone.Kind.COLLAPSE ? new Color(0xB22222) : new Color(0x777777);
        plot.addDomainMarker(new ValueMarker(m.day(), colour, Palette.DASHED), Layer.BACKGROUND);

        ValueMarker label = new ValueMarker(m.day(), new Color(0, 0, 0, 0), Palette.DASHED);
        label.setLabel(m.label());
        label.setLabelFont(Palette.MARKER);
        label.setLabelPaint(new Color(0x333333));
        label.setLabelBackgroundColor(LABEL_GROUND);
        org.jfree.data.Range range = plot.getDataRange(plot.getDomainAxis());
        boolean late = range != null && m.day() > range.getLowerBound() + 0.67 * range.getLength();
        double offset = 4 + 15 * (index % 5);
        boolean bottom = labelAtBottom(plot, m, late, offset);
        if (bottom) {
            label.setLabelAnchor(late ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
            label.setLabelTextAnchor(late ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
            label.setLabelOffset(new RectangleInsets(0, 3, offset, 0));
        } else {
            label.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            label.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            label.setLabelOffset(new RectangleInsets(offset, 3, 0, 0));
        }
        plot.addDomainMarker(label, Layer.FOREGROUND);
    }

    /** The ground of event labels: white, just see-through enough to show the grid. */
    static final Color LABEL_GROUND = new Color(255, 255, 255, 235);
    /** Height of the plot of a run's chart in pixels, roughly, to turn label sizes into index units. */
    private static final double PLOT_PIXELS = 500;
    /** Width of a label's character in pixels, roughly, at {@link Palette#MARKER}'s size. */
    private static final double CHAR_PIXELS = 5.5;
    /** Width of the plot of a run's chart in pixels, roughly. */
    private static final double PLOT_WIDTH_PIXELS = 1030;

    /**
     * Whether a label belongs at the bottom: true when a line (escalation or hostility) runs
     * through the band at the top the label would take, over the days beside the marker it
     * would cover, and the same band at the bottom is clear.
     */
    static boolean labelAtBottom(XYPlot plot, Milestone m, boolean late, double offsetPixels) {
        org.jfree.data.xy.XYDataset lines = plot.getDataset(0);
        org.jfree.data.Range days = plot.getDataRange(plot.getDomainAxis());
        if (lines == null || days == null) {
            return false;
        }
        double span = days.getLength() * Math.min(0.4, (m.label().length() * CHAR_PIXELS + 6) / PLOT_WIDTH_PIXELS);
        double from = late ? m.day() - span : m.day();
        double to = late ? m.day() : m.day() + span;
        double depth = (offsetPixels + 16) / PLOT_PIXELS;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < lines.getSeriesCount(); s++) {
            for (int i = 0; i < lines.getItemCount(s); i++) {
                double x = lines.getXValue(s, i);
                double y = lines.getYValue(s, i);
                if (x >= from - 1 && x <= to + 1 && !Double.isNaN(y)) {
                    lowest = Math.min(lowest, y);
                    highest = Math.max(highest, y);
                }
            }
        }
        return highest > 1 - depth && lowest >= depth;
    }

}
