package ceasefire.charts;

import ceasefire.model.DayRecord;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Cumulative casualties suffered by each side. */
public final class CasualtiesChart {

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

    public static JFreeChart createChart(XYSeriesCollection ds, String dayLabel, String subtitle) {
        NumberAxis time = new NumberAxis(dayLabel);
        time.setAutoRangeIncludesZero(false);
        NumberAxis people = new NumberAxis("casualties (cumulative)");
        people.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
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
        for (DayRecord r : days) {
            append(ds, r);
        }
        return createChart(ds, dayLabel, subtitle);
    }
}
