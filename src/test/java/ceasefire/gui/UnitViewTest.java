package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.agents.Deed;
import ceasefire.agents.Unit;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.Geography;
import ceasefire.scenario.UnitKind;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inspector words a unit's last deed; the agents keep it as data. */
class UnitViewTest {

    @Test
    void deedsAreWordedForTheInspector() {
        Geography g = GuiFixtures.flagship().geography();
        String place = g.placeName(10, 12);
        assertEquals("none yet", UnitView.words(null, g));
        assertEquals("day 12: drone strike on Armenia's infantry at " + place + ", 1 casualty",
                UnitView.words(new Deed(12, Deed.Kind.DRONE_STRIKE, 10, 12, null, "Armenia", UnitKind.INFANTRY, 1), g));
        assertEquals("day 3: ordered strike on " + place + ", 0 casualties",
                UnitView.words(new Deed(3, Deed.Kind.ORDERED_STRIKE, 10, 12, null, null, null, 0), g));
        assertEquals("day 40: advance on farukh blocked by interposing peacekeepers",
                UnitView.words(new Deed(40, Deed.Kind.ADVANCE_BLOCKED, -1, -1, "farukh", null, null, -1), g));
        assertEquals("day 5: refused the peacekeepers' demand to withdraw",
                UnitView.words(new Deed(5, Deed.Kind.REFUSED_WITHDRAWAL, -1, -1, null, null, null, -1), g));
    }

    @Test
    void aRunLeavesDeedsOfSeveralKindsEachWorded() {
        ConflictModel model = new ConflictModel(GuiFixtures.flagship(), 7);
        model.start();
        Set<Deed.Kind> seen = EnumSet.noneOf(Deed.Kind.class);
        for (int day = 0; day < 180 && !model.finished(); day++) {
            model.schedule.step(model);
            for (Unit u : model.units()) {
                Deed d = u.lastAction();
                if (d != null && seen.add(d.kind())) {
                    String words = new UnitView(u, model.geography()).getLastAction();
                    assertTrue(words.startsWith("day " + d.day() + ": "), words);
                    assertTrue(!words.contains("null") && !words.contains("-1"), words);
                }
            }
        }
        model.finish();
        assertTrue(seen.size() >= 3, "kinds of deed seen in a flagship run: " + seen);
    }
}
