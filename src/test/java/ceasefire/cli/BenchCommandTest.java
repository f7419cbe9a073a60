package ceasefire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's harness works; its figures are measured by hand (README), never asserted. */
class BenchCommandTest {

    @Test
    void theQuickBenchReportsEverySizeAndJudgesNoTarget() {
        Cli.Result r = Cli.run("bench", "--quick");
        assertEquals(0, r.exit(), r.err());
        for (String units : new String[] {"5,000", "10,000", "20,000"}) {
            assertTrue(r.out().matches("(?s).*\\n +" + units + " .*"), units + " units: " + r.out());
        }
        assertTrue(r.out().contains("one run (after a JIT warm-up"), r.out());
        assertTrue(r.out().contains("not judged with --quick"), r.out());
        assertFalse(r.out().contains("met"), "no verdict on the targets from a quick run: " + r.out());
    }
}
