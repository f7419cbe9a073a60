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
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The escalation index and both sides' hostility over time, over shaded escalation levels, with
 * the run's milestones: timeline events as labelled lines, rebukes and talks as symbols.
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
        switch (m.kind()) {
            // Rebukes just above the line, talks just below, so that both show on one day.
            case REBUKE -> symbols.getSeries(0).add(m.day(), Math.min(1, escalation + SYMBOL_OFFSET));
            case TALKS_SUCCEEDED -> symbols.getSeries(1).add(m.day(), Math.max(0, escalation - SYMBOL_OFFSET));
            case TALKS_FAILED -> symbols.getSeries(2).add(m.day(), Math.max(0, escalation - SYMBOL_OFFSET));
            case EVENT, COLLAPSE -> addMarker(plot, m, index);
        }
    }

    public static JFreeChart createChart(XYSeriesCollection lines, XYSeriesCollection symbols, EscalationSpec levels,
                                         String dayLabel, String subtitle) {
        NumberAxis time = new NumberAxis(dayLabel);
        time.setAutoRangeIncludesZero(false);
        NumberAxis value = new NumberAxis("index / hostility (0 to 1)");
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

        EscalationLevel[] levelNames = EscalationLevel.values();
        double[] bounds = new double[levelNames.length + 1];
        String[] names = new String[levelNames.length];
        for (int i = 0; i < levelNames.length; i++) {
            bounds[i + 1] = i < levels.thresholds().size() ? levels.thresholds().get(i) : 1.0;
            names[i] = levelNames[i].label();
            plot.addRangeMarker(new IntervalMarker(bounds[i], bounds[i + 1], levelColour(i, names.length)), Layer.BACKGROUND);
        }
        // The level names beside the plot, where no line or event label can cross them.
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
        // The legend names only the symbols this run shows. (The live chart, built empty and
        // filled as the run goes, keeps them all, so that its legend does not jump about.)
        XYItemRenderer symbolRenderer = plot.getRenderer(1);
        for (int i = 0; i < symbols.getSeriesCount(); i++) {
            symbolRenderer.setSeriesVisibleInLegend(i, symbols.getItemCount(i) > 0);
        }
        return chart;
    }

    /**
     * A labelled vertical line. Labels of events in the last third of the time axis are drawn to
     * the left of their line so that they stay inside the chart.
     */
    private static void addMarker(XYPlot plot, Milestone m, int index) {
        ValueMarker marker = new ValueMarker(m.day(), m.kind() == Milestone.Kind.COLLAPSE ? new Color(0xB22222) : new Color(0x777777),
                Palette.DASHED);
        marker.setLabel(m.label());
        marker.setLabelFont(Palette.MARKER);
        marker.setLabelPaint(new Color(0x333333));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        org.jfree.data.Range range = plot.getDataRange(plot.getDomainAxis());
        boolean late = range != null && m.day() > range.getLowerBound() + 0.67 * range.getLength();
        marker.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        // Stagger labels so that events a few days apart stay readable.
        marker.setLabelOffset(new RectangleInsets(4 + 15 * (index % 5), 3, 0, 0));
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }

    private static Color levelColour(int i, int n) {
        float t = n <= 1 ? 0 : i / (float) (n - 1);
        int r = 255;
        int g = Math.round(255 - 70 * t);
        int b = Math.round(255 - 120 * t);
        return new Color(r, g, b, 110);
    }

}
