package ceasefire.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A value for every combination of two parameters' levels, as coloured cells (viridis) with the
 * value written in each cell, so the picture and the numbers can be read together.
 */
public final class HeatMapChart {

    private HeatMapChart() {
    }

    /**
     * The chart.
     *
     * @param values    {@code values[i][j]} for x level i and y level j (NaN cells are left white)
     * @param cellTexts what to write in each cell, same shape
     */
    public static JFreeChart createChart(String title, String subtitle, String xLabel, List<String> xLevels, String yLabel,
                                         List<String> yLevels, double[][] values, String[][] cellTexts, String valueLabel) {
        int nx = xLevels.size();
        int ny = yLevels.size();
        double[] xs = new double[nx * ny];
        double[] ys = new double[nx * ny];
        double[] zs = new double[nx * ny];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                int k = i * ny + j;
                xs[k] = i;
                ys[k] = j;
                zs[k] = values[i][j];
                if (!Double.isNaN(values[i][j])) {
                    lo = Math.min(lo, values[i][j]);
                    hi = Math.max(hi, values[i][j]);
                }
            }
        }
        if (!(lo < hi)) {
            // Every cell equal (or none defined): a scale of width zero would paint nothing, and
            // one centred on the value would reach below 0 for counts and shares. From 0 to twice
            // the value puts every cell at the scale's middle, with nothing impossible on it.
            double v = Double.isFinite(lo) ? lo : 0;
            lo = v >= 0 ? 0 : 2 * v;
            hi = v > 0 ? 2 * v : v < 0 ? 0 : 1;
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("values", new double[][] {xs, ys, zs});
        SymbolAxis x = new SymbolAxis(xLabel, xLevels.toArray(new String[0]));
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(yLabel, yLevels.toArray(new String[0]));
        y.setGridBandsVisible(false);
        x.setRange(-0.5, nx - 0.5);
        y.setRange(-0.5, ny - 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        Viridis scale = new Viridis(lo, hi);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, x, y, r);
        ChartStyle.plot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font font = new Font("SansSerif", Font.BOLD, nx * ny > 64 ? 10 : 13);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                if (cellTexts[i][j] == null || cellTexts[i][j].isEmpty()) {
                    continue;
                }
                XYTextAnnotation a = new XYTextAnnotation(cellTexts[i][j], i, j);
                a.setFont(font);
                Color bg = Double.isNaN(values[i][j]) ? Color.WHITE : (Color) scale.getPaint(values[i][j]);
                a.setPaint(SeriesColors.textOn(bg));
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = new JFreeChart(title, Palette.TITLE, plot, false);
        ChartStyle.chart(chart, subtitle);
        NumberAxis legendAxis = new ReadableAxis(valueLabel);
        legendAxis.setRange(lo, hi);
        ChartStyle.axis(legendAxis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setMargin(new RectangleInsets(8, 12, 8, 4));
        legend.setStripWidth(16);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        return chart;
    }

    /** The viridis scale over [lower, upper]. */
    static final class Viridis implements PaintScale, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final double lower;
        private final double upper;

        Viridis(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public java.awt.Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return Color.WHITE;
            }
            return SeriesColors.viridis((value - lower) / (upper - lower));
        }
    }
}
