package ceasefire.charts;

import java.awt.Color;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;

/**
 * The median of many runs as a line with the 5-95% band of the runs around it, drawn the same
 * way wherever it appears: a sweep's trajectories ({@link TrajectoryChart}) and a calibration's
 * fit ({@link CalibrationCharts#fit}).
 */
final class MedianBand {

    /** The band's opacity: light enough for the line, and anything drawn over it, to show. */
    static final float ALPHA = 0.25f;

    private MedianBand() {
    }

    /** The series: at x = i, the median with the band from {@code low[i]} to {@code high[i]}. */
    static YIntervalSeries series(String name, double[] median, double[] low, double[] high) {
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        for (int i = 0; i < median.length; i++) {
            s.add(i, median[i], low[i], high[i]);
        }
        return s;
    }

    /**
     * A renderer drawing series 0 as the band in {@code colour}.
     *
     * @param shapes whether the renderer draws shapes, for the other series (the band's line has none)
     */
    static DeviationRenderer renderer(Color colour, boolean shapes) {
        DeviationRenderer r = new DeviationRenderer(true, shapes);
        r.setAlpha(ALPHA);
        r.setSeriesPaint(0, colour);
        r.setSeriesFillPaint(0, colour);
        r.setSeriesStroke(0, Palette.LINE);
        if (shapes) {
            r.setSeriesShapesVisible(0, false);
        }
        return r;
    }
}
