package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that used to be constants in the agents are now parameters: at their defaults the run
 * is the one it always was (GoldenOutputsTest proves that byte for byte), and set otherwise they
 * change it, so each is really read where it matters.
 */
class FormerConstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dynamics.patrol_rate=0.9", "dynamics.drone_provocation=0", "dynamics.perception_radius=0",
        "mediator.report_memory=1", "mediator.rebuke_cooldown=1"})
    void eachChangesTheFlagshipRun(String set) {
        String path = set.substring(0, set.indexOf('='));
        // An attentive mediator that rebukes everything, so that its two constants matter within the run.
        String[] eager = {"mediator.rebuke_threshold=0", "mediator.attention=1", "timeline[1].scale.mediator.attention=1"};
        // Any of the scenario's seed and seeds 1 to 3: on one seed a parameter may happen not to matter.
        boolean changes = false;
        for (long seed : new long[] {TestFiles.load(TestFiles.flagship()).run().seed(), 1, 2, 3}) {
            Runs.Result base = Runs.run(TestFiles.load(TestFiles.flagship(), eager), seed, 180);
            Runs.Result changed = Runs.run(TestFiles.load(TestFiles.flagship(), concat(eager, set)), seed, 180);
            changes |= !base.log().narrative().equals(changed.log().narrative());
        }
        assertTrue(changes, set + " changes nothing");
        assertTrue(TestFiles.load(TestFiles.flagship()).parameters().containsKey(path), path + " is read and recorded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dynamics.patrol_rate=0.1", "dynamics.drone_provocation=0.5", "dynamics.perception_radius=3",
        "mediator.report_memory=7", "mediator.rebuke_cooldown=7"})
    void theDefaultsAreTheFormerConstants(String set) {
        Runs.Result base = Runs.run(TestFiles.load(TestFiles.flagship()));
        Runs.Result same = Runs.run(TestFiles.load(TestFiles.flagship(), set));
        assertEquals(base.log().incidents(), same.log().incidents(), set);
        assertEquals(base.log().narrative(), same.log().narrative(), set);
    }

    private static String[] concat(String[] a, String b) {
        List<String> all = new java.util.ArrayList<>(List.of(a));
        all.add(b);
        return all.toArray(String[]::new);
    }
}
