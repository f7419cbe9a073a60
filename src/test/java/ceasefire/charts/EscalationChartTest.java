package ceasefire.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/** What the escalation chart's legend and milestone labels show. */
class EscalationChartTest {

    private static final List<String> LINES = List.of("escalation index", "hostility of West", "hostility of East");

    private static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    private static JFreeChart finished(List<Milestone> milestones) {
        return EscalationChart.createChart(Days.flat(30, 0.3, 0.4, 0.2), milestones, Days.LEVELS, "West", "East", "day", null);
    }

    @Test
    void aQuietRunListsOnlyItsLines() {
        assertEquals(LINES, legend(finished(List.of())));
    }

    @Test
    void theLegendNamesOnlyTheSymbolsThatOccur() {
        List<String> expected = new ArrayList<>(LINES);
        expected.add("public rebuke");
        assertEquals(expected, legend(finished(List.of(new Milestone(5, Milestone.Kind.REBUKE, "West rebuke"),
                new Milestone(6, Milestone.Kind.EVENT, "an event")))));
        expected.add("talks fail");
        assertEquals(expected, legend(finished(List.of(new Milestone(5, Milestone.Kind.REBUKE, "West rebuke"),
                new Milestone(9, Milestone.Kind.TALKS_FAILED, "talks fail")))));
    }

    @Test
    void theLiveChartListsEverySymbolFromTheStart() {
        JFreeChart live = EscalationChart.createChart(EscalationChart.createDataset("West", "East", 0),
                EscalationChart.createMilestoneDataset(0), Days.LEVELS, "day", null);
        List<String> expected = new ArrayList<>(LINES);
        expected.addAll(List.of("public rebuke", "talks succeed", "talks fail"));
        assertEquals(expected, legend(live));
    }
}
