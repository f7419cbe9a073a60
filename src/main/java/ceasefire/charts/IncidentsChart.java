package ceasefire.charts;

import ceasefire.model.DayRecord;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.SideKey;
import java.awt.Color;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.CategoryTableXYDataset;

/**
 * Incidents per day (or per week on long runs) by side and type: two stacked-bar panels sharing
 * the time axis, side A above side B.
 */
public final class IncidentsChart {

    /** Runs longer than this are drawn in weekly bins. */
    public static final int DAILY_LIMIT = 240;

    private IncidentsChart() {
    }

    /**
     * An empty dataset for one side: one series per incident type, in {@link IncidentType}
     * order, all sharing the same x values (a table, as stacked bars need).
     */
    public static CategoryTableXYDataset createDataset(double binDays) {
        CategoryTableXYDataset ds = new CategoryTableXYDataset();
        ds.setIntervalWidth(binDays);
        ds.setIntervalPositionFactor(0.0);
        return ds;
    }

    /** Adds one bin (its first day and its counts per type ordinal). */
    public static void append(CategoryTableXYDataset ds, double x, int[] countsByType) {
        IncidentType[] types = IncidentType.values();
        for (int t = 0; t < countsByType.length; t++) {
            ds.add(x, countsByType[t], types[t].label(), t == countsByType.length - 1);
        }
    }

    /** Drops the oldest bin (bounded history in live charts). */
    public static void removeFirst(CategoryTableXYDataset ds) {
        if (ds.getItemCount() == 0) {
            return;
        }
        double x = ds.getXValue(0, 0);
        IncidentType[] types = IncidentType.values();
        for (int t = 0; t < types.length; t++) {
            ds.remove(x, types[t].label(), t == types.length - 1);
        }
    }

    /** Datasets for both sides from a finished run, binned by {@link #binDays(int)}. */
    public static CategoryTableXYDataset[] createDatasets(List<DayRecord> days) {
        int bin = binDays(days.size());
        CategoryTableXYDataset[] out = {createDataset(bin), createDataset(bin)};
        int n = IncidentType.values().length;
        for (int start = 0; start < days.size(); start += bin) {
            int[][] counts = new int[2][n];
            for (int d = start; d < Math.min(days.size(), start + bin); d++) {
                DayRecord r = days.get(d);
                for (SideKey side : SideKey.values()) {
                    for (IncidentType t : IncidentType.values()) {
                        counts[side.index()][t.ordinal()] += r.incidents(side.index(), t);
                    }
                }
            }
            append(out[0], days.get(start).step(), counts[0]);
            append(out[1], days.get(start).step(), counts[1]);
        }
        return out;
    }

    public static int binDays(int days) {
        return days > DAILY_LIMIT ? 7 : 1;
    }

    /**
     * The chart. {@code shownTypes} limits the legend (a finished run shows only types that
     * occurred; the live chart shows all).
     */
    public static JFreeChart createChart(CategoryTableXYDataset a, CategoryTableXYDataset b, String nameA, String nameB,
                                         String dayLabel, Set<IncidentType> shownTypes, String subtitle) {
        NumberAxis time = ChartStyle.dayAxis(dayLabel);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(14);
        String per = a.getIntervalWidth() > 1 ? "per week" : "per day";
        // Short axis labels (the unit is in the title): a long one overran its panel at paper sizes.
        XYPlot top = panel(a, nameA + " (A)");
        XYPlot bottom = panel(b, nameB + " (B)");
        shareScale(top, bottom);
        plot.add(top, 1);
        plot.add(bottom, 1);
        LegendItemCollection legend = new LegendItemCollection();
        for (IncidentType t : IncidentType.values()) {
            if (shownTypes.contains(t)) {
                legend.add(new LegendItem(t.label(), Palette.type(t)));
            }
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Incidents " + per + ", by side and type", Palette.TITLE, plot, true);
        ChartStyle.chart(chart, subtitle);
        ChartStyle.axis(time);
        return chart;
    }

    /** The chart of a finished run. */
    public static JFreeChart createChart(List<DayRecord> days, String nameA, String nameB, String dayLabel, String subtitle) {
        CategoryTableXYDataset[] ds = createDatasets(days);
        Set<IncidentType> occurred = EnumSet.noneOf(IncidentType.class);
        for (DayRecord r : days) {
            for (IncidentType t : IncidentType.values()) {
                if (r.incidents(0, t) + r.incidents(1, t) > 0) {
                    occurred.add(t);
                }
            }
        }
        return createChart(ds[0], ds[1], nameA, nameB, dayLabel, occurred, subtitle);
    }

    /**
     * Both panels on one count scale, so that a bar of one side's incidents can be compared with
     * the other's by height. Kept in step as live data arrive.
     */
    private static void shareScale(XYPlot top, XYPlot bottom) {
        CategoryTableXYDataset da = (CategoryTableXYDataset) top.getDataset();
        CategoryTableXYDataset db = (CategoryTableXYDataset) bottom.getDataset();
        Runnable align = () -> {
            double upper = Math.max(1, Math.max(stackedMax(da), stackedMax(db)) * 1.05);
            top.getRangeAxis().setRange(0, upper);
            bottom.getRangeAxis().setRange(0, upper);
        };
        org.jfree.data.general.DatasetChangeListener listener = event -> align.run();
        top.getDataset().addChangeListener(listener);
        bottom.getDataset().addChangeListener(listener);
        align.run();
    }

    private static double stackedMax(CategoryTableXYDataset ds) {
        org.jfree.data.Range r = ds.getItemCount() == 0 ? null : org.jfree.data.general.DatasetUtils.findStackedRangeBounds(ds);
        return r == null ? 0 : r.getUpperBound();
    }

    private static XYPlot panel(CategoryTableXYDataset ds, String label) {
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (IncidentType t : IncidentType.values()) {
            renderer.setSeriesPaint(t.ordinal(), Palette.type(t));
        }
        NumberAxis counts = new ReadableAxis(label);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setLabelPaint(new Color(0x333333));
        XYPlot plot = new XYPlot(ds, null, counts, renderer);
        ChartStyle.plot(plot);
        return plot;
    }
}
