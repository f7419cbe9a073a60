package ceasefire.charts;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/** Keeps a chart's value axes inside the range its quantity can take (no negative counts, no share above 1). */
public final class Ranges {

    private Ranges() {
    }

    /**
     * Cuts every value (range) axis of the chart to [{@code lo}, {@code hi}] where its automatic
     * range (data plus margins) would go past them; leaves it alone otherwise.
     */
    public static JFreeChart clamp(JFreeChart chart, double lo, double hi) {
        Plot plot = chart.getPlot();
        List<XYPlot> plots = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            plots.addAll(combined.getSubplots());
        } else if (plot instanceof XYPlot xy) {
            plots.add(xy);
        }
        for (XYPlot xy : plots) {
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                ValueAxis axis = xy.getRangeAxis(i);
                if (axis == null) {
                    continue;
                }
                Range r = axis.getRange();
                double low = Math.max(r.getLowerBound(), lo);
                double high = Math.min(r.getUpperBound(), hi);
                if ((low != r.getLowerBound() || high != r.getUpperBound()) && low < high) {
                    axis.setRange(low, high);
                }
            }
        }
        return chart;
    }
}
