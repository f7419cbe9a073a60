package ceasefire.sweep.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.sweep.statistics.Trajectories;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trajectory charts' file names sort in design-point order. */
class TrajectoryNamesTest {

    @Test
    void indicesArePaddedToTheWidthOfTheLargestCharted() {
        assertEquals("trajectory-point-0", SweepCharts.trajectoryStem(0, 7), "up to 10 points: no padding");
        assertEquals("trajectory-point-07", SweepCharts.trajectoryStem(7, 23));
        assertEquals("trajectory-point-23", SweepCharts.trajectoryStem(23, 23));
        assertEquals("trajectory-point-005", SweepCharts.trajectoryStem(5, 100));
    }

    @Test
    void theChartedPointsSortInTheirOrder() {
        int last = Trajectories.CHART_POINTS - 1;
        List<String> names = IntStream.rangeClosed(0, last).mapToObj(p -> SweepCharts.trajectoryStem(p, last) + ".png").toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(names, sorted, "as a file listing shows them");
    }
}
