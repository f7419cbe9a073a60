package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Kashmir scenario tells what the README says of it: each recommitment stops
 * Pakistan's (side B's) fire at once; the May 2018 one, with a hotline but nothing to verify
 * it, relapses within months in most runs; the February 2021 joint statement, with stronger
 * terms, holds to June 2021 in most runs. Runs of the file as shipped (its fitted values) on
 * seeds 1 to 16; the thresholds leave a margin below what those seeds give (measured values in
 * the comments), so the test fails if a change of the model or the file loses the pattern,
 * not if a seed is unlucky.
 */
class KashmirStoryTest {

    private static final int SEEDS = 16;
    private static final int MAY_2018 = 148;   // 29 May 2018
    private static final int FEB_2021 = 1151;  // 25 February 2021
    private static final int JUN_2019 = 516;   // 1 June 2019
    private static final int LAST = 1276;      // 30 June 2021

    private static final List<int[]> DAILY_B = new java.util.ArrayList<>();

    @BeforeAll
    static void run() {
        Scenario s = TestFiles.load(TestFiles.scenarios().resolve("kashmir-loc-2018-2021.yaml"));
        for (int seed = 1; seed <= SEEDS; seed++) {
            List<DayRecord> days = Runs.run(s, seed, s.run().days()).log().days();
            DAILY_B.add(days.stream().mapToInt(DayRecord::incidentsB).toArray());
        }
    }

    /** B's incidents per day over days [from, to). */
    private static double rate(int[] b, int from, int to) {
        return Arrays.stream(b, from, to).sum() / (double) (to - from);
    }

    /** Median over seeds of 1 - (rate over the 30 days after day d) / (rate over the 28 days before). */
    private static double medianDrop(int d) {
        double[] drops = DAILY_B.stream().mapToDouble(b -> 1 - rate(b, d + 1, d + 31) / rate(b, d - 28, d)).sorted().toArray();
        return (drops[SEEDS / 2 - 1] + drops[SEEDS / 2]) / 2;
    }

    /** Share of seeds in which some 30-day window starting after day d + 30 and ending by day end reaches half the rate before d. */
    private static double relapsedBy(int d, int end) {
        int relapsed = 0;
        for (int[] b : DAILY_B) {
            double before = rate(b, d - 28, d);
            for (int t = d + 31; t + 30 <= end; t++) {
                if (rate(b, t, t + 30) >= before / 2) {
                    relapsed++;
                    break;
                }
            }
        }
        return relapsed / (double) SEEDS;
    }

    @Test
    void bothRecommitmentsStopTheFiringAtOnce() {
        // measured on seeds 1-16: median drop in the next 30 days 0.96 (May 2018) and 0.98 (February 2021);
        // India counted 351 violations in May 2018 and 58 in June (-83%), 278 in February 2021 and 0 in March
        assertTrue(medianDrop(MAY_2018) > 0.8, "May 2018 drop " + medianDrop(MAY_2018));
        assertTrue(medianDrop(FEB_2021) > 0.8, "February 2021 drop " + medianDrop(FEB_2021));
    }

    @Test
    void theUnverifiedRecommitmentRelapsesTheStrongerOneHolds() {
        double weak = relapsedBy(MAY_2018, JUN_2019);
        double strong = relapsedBy(FEB_2021, LAST);
        // measured on seeds 1-16: 16 of 16 relapse within a year of May 2018 (10 of 16 by the end of
        // October 2018; the real count was back at half the May level in October), 0 of 16 by June 2021
        assertTrue(weak >= 0.75, "share of runs relapsing within a year of May 2018: " + weak);
        assertTrue(strong <= 0.25, "share of runs relapsing by June 2021: " + strong);
    }
}
