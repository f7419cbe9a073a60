package ceasefire.charts;

import ceasefire.model.DayRecord;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Cumulative casualties suffered by each side. */
public final class CasualtiesChart {

    /** The count axis reaches at least this high. */
    static final double MIN_TOP = 5;
    /** How far below 0 the count axis starts, as a share of its top. */
    private static final double BELOW_ZERO = 0.015;

    private CasualtiesChart() {
    }

    public static XYSeriesCollection createDataset(String nameA, String nameB, int maxItems) {
        XYSeriesCollection ds = new XYSeriesCollection();
        for (String name : new String[] {nameA, nameB}) {
            XYSeries s = new XYSeries("casualties of " + name, false, true);
            if (maxItems > 0) {
                s.setMaximumItemCount(maxItems);
            }
            ds.addSeries(s);
        }
        return ds;
    }

    /** Adds a day, accumulating from the series' last value. */
    public static void append(XYSeriesCollection ds, DayRecord r) {
        add(ds.getSeries(0), r.step(), r.casualtiesA(), false);
        add(ds.getSeries(1), r.step(), r.casualtiesB(), true);
    }

    private static void add(XYSeries s, int day, int today, boolean notify) {
        double before = s.getItemCount() == 0 ? 0 : s.getY(s.getItemCount() - 1).doubleValue();
        s.add(day, before + today, notify);
    }

    /**
     * A count axis from just below 0 (so that a line at 0 is drawn whole, not half cut off by the
     * plot's edge) to at least {@value #MIN_TOP}, with whole-number ticks: a run without
     * casualties gets a readable 0-to-5 axis instead of a lone "0" tick.
     */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void autoAdjustRange() {
                Plot plot = getPlot();
                Range data = plot instanceof ValueAxisPlot p ? p.getDataRange(this) : null;
                double top = Math.max(MIN_TOP, data == null ? 0 : data.getUpperBound() * (1 + getUpperMargin()));
                setRange(new Range(-top * BELOW_ZERO, top), false, false);
            }
        };
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    public static JFreeChart createChart(XYSeriesCollection ds, String dayLabel, String subtitle) {
        NumberAxis time = ChartStyle.dayAxis(dayLabel);
        NumberAxis people = countAxis("casualties (cumulative)");
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Palette.SIDE_A);
        r.setSeriesPaint(1, Palette.SIDE_B);
        r.setSeriesStroke(0, Palette.LINE);
        r.setSeriesStroke(1, Palette.LINE);
        XYPlot plot = new XYPlot(ds, time, people, r);
        ChartStyle.plot(plot);
        JFreeChart chart = new JFreeChart("Cumulative casualties", Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);
        return chart;
    }

    public static JFreeChart createChart(List<DayRecord> days, String nameA, String nameB, String dayLabel, String subtitle) {
        XYSeriesCollection ds = createDataset(nameA, nameB, 0);
        int total = 0;
        for (DayRecord r : days) {
            append(ds, r);
            total += r.casualtiesA() + r.casualtiesB();
        }
        JFreeChart chart = createChart(ds, dayLabel, subtitle);
        if (total == 0 && !days.isEmpty()) {
            // Both lines lie on 0, one over the other: say so.
            XYTextAnnotation none = new XYTextAnnotation("no casualties on either side",
                    (days.get(0).step() + days.get(days.size() - 1).step()) / 2.0, MIN_TOP / 2);
            none.setFont(Palette.AXIS);
            none.setPaint(new java.awt.Color(0x555555));
            chart.getXYPlot().addAnnotation(none);
        }
        return chart;
    }
}
