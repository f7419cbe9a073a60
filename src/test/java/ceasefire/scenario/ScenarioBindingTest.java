package ceasefire.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.agents.Equations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a valid scenario: defaults, overrides, derived values and the timeline. */
class ScenarioBindingTest {

    @Test
    void defaultsFillWhatTheFileLeavesOut() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        assertEquals("Red", s.a().name());
        assertEquals(0.6, s.a().discipline());
        assertEquals(0.8, s.mediator().effectiveness() + 0.3, 1e-12);
        assertEquals(Mandate.OBSERVE, s.peacekeepers().mandate());
        assertTrue(s.rules().droneStrikes().enabled());
        assertEquals(3, s.rules().heavyWeapons().distance());
        assertEquals(List.of("peacekeeping", "buffer"), s.rules().zoneEntry().zones());
    }

    @Test
    void setOverridesWinAndAreRecordedInTheEffectiveParameters() {
        Scenario s = TestFiles.load(TestFiles.tiny(), "peacekeepers.troops=500", "sides.A.retaliation=0.9",
                "rules.no_drone_strikes.enabled=false");
        assertEquals(500, s.peacekeepers().troops());
        assertEquals(0.9, s.a().retaliation());
        assertFalse(s.rules().droneStrikes().enabled());
        assertEquals(500, s.parameters().get("peacekeepers.troops"));
        assertEquals(0.9, s.parameters().get("sides.A.retaliation"));
        assertEquals(0.6, s.parameters().get("sides.A.discipline"), "defaults are recorded too");
    }

    @Test
    void listItemsCanBeOverriddenByIndexInEitherSpelling() {
        Scenario s1 = TestFiles.load(TestFiles.tiny(), "sides.B.units[0].count=7");
        Scenario s2 = TestFiles.load(TestFiles.tiny(), "sides.B.units.0.count=7");
        assertEquals(7, s1.b().units().get(0).count());
        assertEquals(7, s2.b().units().get(0).count());
    }

    @Test
    void theLastOverrideOfAPathWins() {
        Scenario s = TestFiles.load(TestFiles.tiny(), "mediator.attention=0.2", "mediator.attention=0.3");
        assertEquals(0.3, s.mediator().attention());
    }

    @Test
    void timelineParameterChangesAreResolvedAndValidatedAtLoad() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        EventSpec e = s.timeline().get(0);
        assertEquals(10, e.day());
        EventAction.ChangeParameters change = (EventAction.ChangeParameters) e.actions().get(0);
        assertEquals(0.9, change.result().a().aggressiveness());
        assertEquals(0.4, s.a().aggressiveness(), "the starting value is untouched");
    }

    @Test
    void scaleMultipliesTheValueInForceIncludingOverrides() {
        String text = TestFiles.read(TestFiles.tiny()).replace("    set:\n      sides.A.aggressiveness: 0.9",
                "    scale:\n      mediator.attention: 0.5\n      peacekeepers.troops: 0.25");
        Scenario s = ScenarioDocumentAccess.bind(text, "mediator.attention=0.8");
        EventAction.ChangeParameters change = (EventAction.ChangeParameters) s.timeline().get(0).actions().get(0);
        assertEquals(0.4, change.result().mediator().attention(), 1e-12);
        assertEquals(50, change.result().peacekeepers().troops());
        assertEquals("x0.5 = 0.4", change.changes().get("mediator.attention"));
    }

    @Test
    void autoPostsAreSpreadOverTheRegionDeterministically() {
        String text = TestFiles.read(TestFiles.tiny()).replace("  posts: [[5, 1], [6, 4]]", "  posts: {count: 3, region: peacekeeping}");
        Scenario s1 = ScenarioDocumentAccess.bind(text);
        Scenario s2 = ScenarioDocumentAccess.bind(text);
        List<Cell> posts = s1.peacekeepers().posts();
        assertEquals(3, posts.size());
        assertEquals(posts, s2.peacekeepers().posts());
        int spanY = posts.stream().mapToInt(Cell::y).max().getAsInt() - posts.stream().mapToInt(Cell::y).min().getAsInt();
        assertTrue(spanY >= 4, "posts should spread along the 6-row strip, got " + posts);
        for (Cell c : posts) {
            assertEquals(Control.PEACEKEEPING, s1.geography().control(c.x(), c.y()));
        }
    }

    @Test
    void peacekeepersStaffPostsFirstThenFormPatrols() {
        Scenario s = TestFiles.load(TestFiles.tiny(), "peacekeepers.troops=45", "peacekeepers.post_garrison=30");
        var pk = s.peacekeepers();
        assertEquals(0.75, Equations.postStaffing(pk.troops(), pk.posts().size(), pk.postGarrison()), 1e-12);
        assertEquals(0, Equations.patrols(pk.troops(), pk.posts().size(), pk.postGarrison(), pk.patrolSize()));
        Scenario more = TestFiles.load(TestFiles.tiny(), "peacekeepers.troops=300", "peacekeepers.post_garrison=30",
                "peacekeepers.patrol_size=60");
        pk = more.peacekeepers();
        assertEquals(1.0, Equations.postStaffing(pk.troops(), pk.posts().size(), pk.postGarrison()));
        assertEquals(4, Equations.patrols(pk.troops(), pk.posts().size(), pk.postGarrison(), pk.patrolSize()));
    }

    @Test
    void withRunChangesSeedAndLengthOnly() {
        Scenario s = TestFiles.load(TestFiles.tiny());
        Scenario t = s.withRun(new RunSpec(99, 5, true, s.run().startDate()));
        assertEquals(99, t.run().seed());
        assertEquals(5, t.run().days());
        assertEquals(99L, t.parameters().get("run.seed"));
        assertEquals(s.a(), t.a());
    }

    @Test
    void recordsRejectImpossibleValuesThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new WeaponSpec(0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new RunSpec(1, 0, false, java.util.Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new EscalationSpec(0.5, 1, 1, List.of(0.3, 0.2, 0.4, 0.5, 0.6), 7));
    }
}
