package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.agents.Unit;
import ceasefire.bench.LargeScenario;
import ceasefire.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.field.grid.DenseGrid2D;
import sim.util.Bag;

/**
 * The battlefield keeps the units of each cell itself and MASON's grid only for portrayals. The
 * order of the units on a cell decides which one a shot hits, so it must be the order MASON's
 * bags would have: a grid asked for at the start (kept in step by MASON's own add and remove
 * through the run) and one asked for at the end (filled from the battlefield's cells) must hold
 * the same units in the same order on every cell.
 */
class BattlefieldTest {

    @Test
    void theCellsKeepTheOrderOfMasonsBags() {
        Scenario s = LargeScenario.load(60, 4000, 40, 7);
        ConflictModel early = new ConflictModel(s);
        early.start();
        DenseGrid2D kept = early.unitField();
        ConflictModel late = new ConflictModel(s);
        late.start();
        while (!early.finished() && early.schedule.step(early)) {
            late.schedule.step(late);
        }
        // The grid must not change the run.
        assertEquals(early.summarySoFar().incidents(), late.summarySoFar().incidents());
        assertEquals(early.summarySoFar().finalEscalation(), late.summarySoFar().finalEscalation());
        DenseGrid2D built = late.unitField();
        int crowded = 0;
        for (int x = 0; x < kept.getWidth(); x++) {
            for (int y = 0; y < kept.getHeight(); y++) {
                List<Integer> a = ids(kept.getObjectsAtLocation(x, y));
                assertEquals(a, ids(built.getObjectsAtLocation(x, y)), "units on (" + x + ", " + y + ")");
                if (a.size() > 2) {
                    crowded++;
                }
            }
        }
        assertTrue(crowded > 50, "the run must crowd cells for the order to be tested, " + crowded + " cells had three or more");
    }

    private static List<Integer> ids(Bag bag) {
        List<Integer> ids = new ArrayList<>();
        if (bag != null) {
            for (int k = 0; k < bag.numObjs; k++) {
                ids.add(((Unit) bag.objs[k]).id());
            }
        }
        return ids;
    }
}
