package ceasefire.charts;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Applies the house style (white background, light grid, readable fonts) to charts. */
final class ChartStyle {

    private ChartStyle() {
    }

    static void chart(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(Palette.TITLE);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle t = new TextTitle(subtitle, Palette.SUBTITLE);
            t.setPaint(new Color(0x555555));
            chart.addSubtitle(t);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(Palette.LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setOutlineVisible(false);
        axis(plot.getDomainAxis());
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(plot.getRangeAxis(i));
        }
    }

    /** The time axis of a run's charts: days, in whole numbers, from the first day shown. */
    static NumberAxis dayAxis(String label) {
        NumberAxis time = new ReadableAxis(label);
        time.setAutoRangeIncludesZero(false);
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return time;
    }

    static void axis(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(Palette.AXIS);
        axis.setTickLabelFont(Palette.TICKS);
    }

    /** An upward triangle of half-width {@code s}, for markers and legend items. */
    static java.awt.Shape triangle(double s) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -s);
        p.lineTo(s, s);
        p.lineTo(-s, s);
        p.closePath();
        return p;
    }
}
