package ceasefire.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every run of a sweep gets its own seed, reproducibly, inside the range scenarios accept. */
class SeedsTest {

    @Test
    void aMillionRunsGetAMillionDifferentSeedsInsideTheScenarioRange() {
        Seeds seeds = new Seeds(42);
        int n = 1_000_000;
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            all[i] = seeds.seed(i);
            assertTrue(all[i] >= 0 && all[i] <= Integer.MAX_VALUE, "seed " + all[i] + " of run " + i);
        }
        Arrays.sort(all);
        for (int i = 1; i < n; i++) {
            assertNotEquals(all[i - 1], all[i], "two runs share the seed " + all[i]);
        }
    }

    @Test
    void theLastRunIndicesAreCoveredToo() {
        Seeds seeds = new Seeds(0);
        Set<Long> seen = new HashSet<>();
        for (long i = Seeds.MAX; i > Seeds.MAX - 100_000; i--) {
            long s = seeds.seed(i);
            assertTrue(s >= 0 && s <= Seeds.MAX);
            assertTrue(seen.add(s), "collision at run " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> seeds.seed(Seeds.MAX + 1));
        assertThrows(IllegalArgumentException.class, () -> seeds.seed(-1));
        assertThrows(IllegalArgumentException.class, () -> new Seeds(-1));
    }

    @Test
    void sameBaseSeedSameSeedsAnotherBaseSeedOthers() {
        Seeds a = new Seeds(2022);
        Seeds b = new Seeds(2022);
        Seeds c = new Seeds(2023);
        int differing = 0;
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.seed(i), b.seed(i));
            differing += a.seed(i) != c.seed(i) ? 1 : 0;
        }
        assertTrue(differing > 990, "another base seed gives (almost) entirely other seeds: " + differing);
    }

    @Test
    void consecutiveRunsDoNotGetAnArithmeticProgressionOfSeeds() {
        Seeds s = new Seeds(1);
        Set<Long> steps = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            steps.add(s.seed(i + 1) - s.seed(i));
        }
        assertTrue(steps.size() > 95, "the differences between consecutive seeds should look unrelated: " + steps.size());
    }
}
