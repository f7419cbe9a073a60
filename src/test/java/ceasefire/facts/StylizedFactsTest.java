package ceasefire.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each figure of docs/FACTS.md worked out by hand on a small series. */
class StylizedFactsTest {

    private static final double EPS = 1e-12;

    @Test
    void weeksAreConsecutiveSevenDayBlocksAndAnIncompleteLastWeekIsDropped() {
        double[] daily = new double[16];
        for (int i = 0; i < 16; i++) {
            daily[i] = i + 1; // 1..16
        }
        // 1+...+7 = 28, 8+...+14 = 77; days 15 and 16 make no whole week.
        assertArrayEquals(new double[] {28, 77}, StylizedFacts.blocks(daily, 7), EPS);
        assertArrayEquals(new double[] {4, 11}, StylizedFacts.blockMeans(daily, 7), EPS);
    }

    @Test
    void monthsAreWholeCalendarMonthsFromTheStartDate() {
        double[] ones = new double[60];
        Arrays.fill(ones, 1);
        // From 15 January 2018: January is partial, February (days 17-44) is whole, March ends on day 75 > 59.
        assertArrayEquals(new double[] {28}, StylizedFacts.months(ones, LocalDate.of(2018, 1, 15)), EPS);
        // From 1 January: January (31) is whole, February ends on day 58 < 60: whole too.
        assertArrayEquals(new double[] {31, 28}, StylizedFacts.months(ones, LocalDate.of(2018, 1, 1)), EPS);
        // No date: 30-day blocks.
        assertArrayEquals(new double[] {30, 30}, StylizedFacts.months(ones, null), EPS);
    }

    @Test
    void dispersionIndexIsSampleVarianceOverMean() {
        // mean 4, variance (4 + 0 + 4) / 2 = 4
        assertEquals(1.0, StylizedFacts.dispersionIndex(new double[] {2, 4, 6}), EPS);
        // mean 3, variance (9 + 9 + 36) / 2 = 27
        assertEquals(9.0, StylizedFacts.dispersionIndex(new double[] {0, 0, 9}), EPS);
        assertTrue(Double.isNaN(StylizedFacts.dispersionIndex(new double[] {0, 0, 0})), "mean 0");
        assertTrue(Double.isNaN(StylizedFacts.dispersionIndex(new double[] {5})), "one period");
    }

    @Test
    void lagOneAutocorrelationByTheUsualEstimator() {
        // m = 2.5; deviations -1.5 -0.5 0.5 1.5; sum of squares 5; lagged products 0.75 - 0.25 + 0.75 = 1.25
        assertEquals(0.25, StylizedFacts.autocorrelation(new double[] {1, 2, 3, 4}), EPS);
        // alternating: deviations +-1, products -1 x 3, squares 4: -0.75
        assertEquals(-0.75, StylizedFacts.autocorrelation(new double[] {2, 0, 2, 0}), EPS);
        assertTrue(Double.isNaN(StylizedFacts.autocorrelation(new double[] {3, 3, 3})), "no variation");
    }

    @Test
    void burstShareCountsIncidentsInWeeksAboveMeanPlusTwoPoissonSigmas() {
        // mean 4, threshold 4 + 2 x 2 = 8: only the week of 16 is a burst, 16 of 20 incidents.
        double[] weekly = {1, 1, 1, 1, 16};
        assertEquals(8.0, StylizedFacts.burstThreshold(weekly), EPS);
        assertEquals(0.8, StylizedFacts.burstShare(weekly), EPS);
        // A week at exactly the threshold is not a burst.
        assertEquals(0.0, StylizedFacts.burstShare(new double[] {0, 8, 4, 4}), EPS);
        // Poisson(4): a burst week has 9 or more; E[X; X >= 9] / 4 = P(X >= 8) = 0.0511336...
        assertEquals(0.05113361579, StylizedFacts.poissonBurstShare(weekly), 1e-9);
    }

    @Test
    void dropAfterAnEventAgainstTheFourWeeksBefore() {
        // 28 days at 2 a day (14 a week), the event on day 28, two silent weeks, then 2 a day again.
        double[] daily = new double[28 + 14 + 21];
        Arrays.fill(daily, 0, 28, 2);
        Arrays.fill(daily, 42, daily.length, 2);
        StylizedFacts.Drop d = StylizedFacts.drop(daily, 28);
        assertEquals(14, d.before(), EPS);
        assertEquals(1.0, d.drop2(), EPS, "nothing in the first two weeks");
        assertEquals(0.5, d.drop4(), EPS, "28 in four weeks = 7 a week against 14");
        assertEquals(2.0, d.weeksToHalf(), EPS, "the third week (index 2) has 14 >= 7");
        assertTrue(d.relapsed());
    }

    @Test
    void dropIsUndefinedWithoutFourWeeksBeforeAndNeverRelapsingIsSaid() {
        double[] daily = new double[70];
        Arrays.fill(daily, 0, 30, 1);
        assertTrue(Double.isNaN(StylizedFacts.drop(daily, 20).drop2()), "fewer than 28 days before");
        StylizedFacts.Drop d = StylizedFacts.drop(daily, 30);
        assertEquals(1.0, d.drop4(), EPS);
        assertTrue(Double.isNaN(d.weeksToHalf()));
        assertFalse(d.relapsed());
    }

    @Test
    void tableGivesMediansAndQuantilesOverRunsAndOneRowSetPerRecommitmentDay() {
        double[] a = new double[70];
        double[] b = new double[70];
        Arrays.fill(a, 0, 35, 2);
        Arrays.fill(b, 0, 35, 4);
        double[] zero = new double[70];
        List<RunSeries.Event> ev = List.of(new RunSeries.Event(RunSeries.Kind.RECOMMIT, 35));
        RunSeries ra = new RunSeries("a", a, zero, zero, null, ev);
        RunSeries rb = new RunSeries("b", b, zero, zero, null, ev);
        Map<String, Double> fa = FactsTable.runFigures(ra);
        assertEquals(7.0, fa.get("incidents_per_week"), EPS, "70 incidents in 10 weeks");
        List<FactsTable.Row> rows = FactsTable.of(List.of(ra, rb));
        FactsTable.Row perWeek = rows.stream().filter(r -> r.figure().equals("incidents_per_week")).findFirst().orElseThrow();
        assertEquals(2, perWeek.runs());
        assertEquals(10.5, perWeek.median(), EPS, "median of 7 and 14");
        assertEquals(7 + 0.025 * 7, perWeek.low(), EPS, "type-7 quantile between the two runs");
        FactsTable.Row drop = rows.stream().filter(r -> r.figure().equals("drop_2w")).findFirst().orElseThrow();
        assertEquals("recommit day 35", drop.event());
        assertEquals(1.0, drop.median(), EPS);
    }
}
