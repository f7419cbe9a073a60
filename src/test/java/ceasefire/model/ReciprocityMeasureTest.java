package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The reciprocity metric is a fixed yardstick (D8): changing dynamics.retaliation_radius where
 * it changes no behaviour must not change the count.
 */
class ReciprocityMeasureTest {

    @Test
    void theMeasureDoesNotMoveWithTheRetaliationRadius() {
        // With retaliation 0 no order is ever given, so the radius changes nothing the units do
        // (the order's draw is made either way). Before the fix the count used the radius as its
        // window: radius 1 against 20 gave different counts for identical incidents.
        String scenario = "escalation-to-collapse.yaml";
        String[] none = {"sides.A.retaliation=0", "sides.B.retaliation=0"};
        Runs.Result narrow = Runs.run(TestFiles.load(TestFiles.scenarios().resolve(scenario), concat(none, "dynamics.retaliation_radius=1")), 3, 90);
        Runs.Result wide = Runs.run(TestFiles.load(TestFiles.scenarios().resolve(scenario), concat(none, "dynamics.retaliation_radius=20")), 3, 90);
        assertEquals(narrow.summary().incidents(), wide.summary().incidents(), "same behaviour");
        assertTrue(narrow.summary().reciprocalIncidents() > 0);
        assertEquals(narrow.summary().reciprocalIncidents(), wide.summary().reciprocalIncidents());
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
