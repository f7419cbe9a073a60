package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import org.junit.jupiter.api.Test;

/**
 * Rebuke pressure is one brake among three and must not switch a side off (D5): however often a
 * side is rebuked, its pressure stays at or below {@code dynamics.rebuke_pressure_cap}.
 */
class RebukePressureTest {

    /** The model review's case: a mediator that rebukes at every chance (weekly). */
    private static double peakPressure(String... extra) {
        String[] sets = {"mediator.rebuke_threshold=0", "mediator.attention=1", "timeline[1].scale.mediator.attention=1"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(sets), java.util.Arrays.stream(extra)).toArray(String[]::new);
        Scenario s = TestFiles.load(TestFiles.flagship(), all);
        ConflictModel m = new ConflictModel(s);
        m.start();
        double peak = 0;
        while (!m.finished() && m.schedule.step(m)) {
            peak = Math.max(peak, m.military(SideKey.A).pressure());
        }
        return peak;
    }

    @Test
    void weeklyRebukesSaturateAtTheCap() {
        // Before the cap: 0.985 (four weekly rebukes, days 102-123, flagship seed).
        double peak = peakPressure();
        assertTrue(peak <= 0.5 + 1e-12, "peak pressure " + peak);
        assertTrue(peak >= 0.45, "rebukes still press: peak " + peak);
    }

    @Test
    void theCapIsAScenarioKey() {
        assertEquals(0.2, peakPressure("dynamics.rebuke_pressure_cap=0.2"), 1e-12);
    }

    @Test
    void theRebukeCooldownSpacesRebukesOfOneSide() {
        // A mediator that rebukes at every chance: the cooldown alone sets how often.
        String[] eager = {"mediator.rebuke_threshold=0", "mediator.attention=1", "timeline[1].scale.mediator.attention=1"};
        int weekly = rebukes(eager, "mediator.rebuke_cooldown=7");
        int daily = rebukes(eager, "mediator.rebuke_cooldown=1");
        int monthly = rebukes(eager, "mediator.rebuke_cooldown=30");
        assertEquals(weekly, rebukes(eager), "7 days is the default");
        assertTrue(daily > weekly && weekly > monthly, "daily " + daily + ", weekly " + weekly + ", monthly " + monthly);
    }

    /** Rebukes over five seeds of the flagship (one seed's feedbacks can reverse a small difference). */
    private static int rebukes(String[] sets, String... extra) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(sets), java.util.Arrays.stream(extra)).toArray(String[]::new);
        var s = TestFiles.load(TestFiles.flagship(), all);
        int n = 0;
        for (int seed = 1; seed <= 5; seed++) {
            n += ceasefire.model.Runs.run(s, seed, 180).summary().rebukes();
        }
        return n;
    }
}
