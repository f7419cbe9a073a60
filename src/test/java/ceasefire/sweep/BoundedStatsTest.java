package ceasefire.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.charts.HeatMapChart;
import ceasefire.charts.Ranges;
import ceasefire.charts.IntervalChart;
import ceasefire.sweep.design.Metrics;
import ceasefire.sweep.design.Sweep;
import ceasefire.sweep.design.SweepFile;
import ceasefire.sweep.design.TestSweeps;
import ceasefire.sweep.statistics.RunResults;
import ceasefire.sweep.statistics.Sensitivity;
import ceasefire.sweep.statistics.SummaryTable;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intervals and axes stay inside what a metric can be (the bootstrap itself: StatsTest); sensitivity names no driver when noise or
 * a poor fit forbid it; compare's overall test keeps its 5% level across design points.
 */
class BoundedStatsTest {

    @TempDir
    Path tmp;

    @Test
    void summaryCsvIntervalsNeverLeaveTheMetricsRange() throws Exception {
        Sweep sweep = SweepTestFiles.load("grid.yaml");
        SweepJobTest.run(sweep, tmp.resolve("grid"), 2);
        RunResults results = RunResults.read(tmp.resolve("grid/runs.csv"), sweep.spec().parameterPaths(), sweep.spec().metrics());
        for (SummaryTable.Row row : SummaryTable.rows(sweep.plan(), results, sweep.spec().metrics())) {
            if (row.stats().n() >= 2) {
                assertTrue(row.stats().ciLow() >= Metrics.lower(row.metric()), row.metric() + " at " + row.point() + ": " + row.stats().ciLow());
                assertTrue(row.stats().ciHigh() <= Metrics.upper(row.metric()), row.metric() + " at " + row.point() + ": " + row.stats().ciHigh());
            }
        }
    }

    @Test
    void axesAreCutAtTheMetricsPossibleRange() {
        YIntervalSeriesCollection ds = IntervalChart.createDataset();
        YIntervalSeries s = IntervalChart.addSeries(ds, "share");
        s.add(0, 0.02, 0, 0.1);
        s.add(1, 0.98, 0.9, 1);
        JFreeChart chart = IntervalChart.createChart(ds, "t", "s", "x", "y", IntervalChart.XAxis.LINEAR, null, null, false, null);
        assertTrue(((XYPlot) chart.getPlot()).getRangeAxis().getUpperBound() > 1, "automatic range with margins goes past 1");
        Ranges.clamp(chart, 0, 1);
        assertEquals(0, ((XYPlot) chart.getPlot()).getRangeAxis().getLowerBound(), 0);
        assertEquals(1, ((XYPlot) chart.getPlot()).getRangeAxis().getUpperBound(), 0);
    }

    @Test
    void aHeatMapOfEqualCellsHasAScaleFromZero() {
        double[][] zeros = {{0, 0}, {0, 0}};
        String[][] texts = {{"0", "0"}, {"0", "0"}};
        JFreeChart chart = HeatMapChart.createChart("t", "s", "x", List.of("a", "b"), "y", List.of("c", "d"), zeros, texts, "share");
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitles().stream().filter(t -> t instanceof PaintScaleLegend).findFirst().get();
        assertEquals(0, legend.getAxis().getLowerBound(), 0, "no negative values on a scale of counts or shares");
        assertEquals(1, legend.getAxis().getUpperBound(), 0);
        double[][] fives = {{5, 5}, {5, 5}};
        JFreeChart five = HeatMapChart.createChart("t", "s", "x", List.of("a", "b"), "y", List.of("c", "d"), fives, texts, "count");
        PaintScaleLegend l5 = (PaintScaleLegend) five.getSubtitles().stream().filter(t -> t instanceof PaintScaleLegend).findFirst().get();
        assertEquals(0, l5.getAxis().getLowerBound(), 0);
        assertEquals(10, l5.getAxis().getUpperBound(), 0, "the cells sit at the scale's middle");
    }

    @Test
    void noDriverIsNamedWhenTheSeedRulesThePointsMeansOrTheFitIsPoor() {
        // noise_share 0.84: with 3 replications the seed is 64% of the means' variance; with 10, 34%.
        assertEquals(0.28 / 0.44, Sensitivity.seedShareOfMeans(0.84, 3), 1e-12);
        assertTrue(Sensitivity.caution(0.84, 3, 0.9).contains("(64%: noise_share 0.84 with 3 replications)"), Sensitivity.caution(0.84, 3, 0.9));
        assertNull(Sensitivity.caution(0.84, 10, 0.9), "more replications make the same model readable");
        assertTrue(Sensitivity.caution(0.2, 3, 0.4).contains("R² 0.4 < 0.7"));
        assertNull(Sensitivity.caution(0.2, 3, 0.9));
        assertNull(Sensitivity.caution(Double.NaN, 1, Double.NaN));
        assertEquals(1, Sensitivity.seedShareOfMeans(1, 5), 0, "all noise");
    }

    @Test
    void theOverallTestAcrossPointsKeepsItsLevelWhenBothSidesAreTheSameModel() throws Exception {
        // Twenty pairs of sweeps of one model, B with common seeds and A without: the overall test
        // should reject about 5% of the time. Treating points as independent strata rejects far
        // more often under common seeds. Tolerance: at most 4 of 20 (P = 0.016 at a true 5%).
        int rejected = 0;
        for (int k = 0; k < 20; k++) {
            Sweep a = SweepFile.load(SweepTestFiles.sweep("grid.yaml"), new SweepFile.Settings(4, null, 2), (d, t) -> { });
            Sweep b = SweepFile.load(SweepTestFiles.sweep("grid.yaml"), new SweepFile.Settings(4, null, 2, true), (d, t) -> { });
            a = TestSweeps.reseed(a, 100 + k);
            b = TestSweeps.reseed(b, 500 + k);
            SweepJobTest.run(a, tmp.resolve("a" + k), 2);
            SweepJobTest.run(b, tmp.resolve("b" + k), 2);
            Comparison.Result r = Comparison.compare(Comparison.open("a", tmp.resolve("a" + k)), Comparison.open("b", tmp.resolve("b" + k)),
                    List.of("incidents"));
            Comparison.Overall o = Comparison.overall(r).get(0);
            assertEquals(8, o.points());
            rejected += o.p() < 0.05 ? 1 : 0;
        }
        assertTrue(rejected <= 4, rejected + " of 20 comparisons of a model with itself called significant");
    }
}
