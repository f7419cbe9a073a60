package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.NarrativeEvent;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocumentAccess;
import org.junit.jupiter.api.Test;

/** Each kind of timeline event does what it says on its day. */
class TimelineTest {

    private static Scenario withEvents(String events) {
        String text = TestFiles.read(TestFiles.tiny());
        text = text.substring(0, text.indexOf("timeline:")) + "timeline:\n" + events + text.substring(text.indexOf("rules:"));
        return ScenarioDocumentAccess.bind(text);
    }

    @Test
    void reinforcementsAndWithdrawalsChangeTheForces() {
        Scenario s = withEvents("""
                  - day: 5
                    reinforce: {side: B, kind: infantry, count: 3, region: B}
                  - day: 8
                    withdraw: {side: B, kind: infantry, count: 2}
                """);
        Runs.Result r = Runs.run(s);
        assertEquals(4, r.log().days().get(4).unitsB());
        assertEquals(7, r.log().days().get(5).unitsB());
        assertEquals(5, r.log().days().get(8).unitsB());
    }

    @Test
    void peacekeepersArriveAndLeave() {
        Scenario s = withEvents("""
                  - day: 3
                    reinforce: {peacekeepers: 300}
                  - day: 6
                    withdraw: {peacekeepers: 450}
                """);
        Runs.Result r = Runs.run(s);
        assertEquals(200, r.log().days().get(2).peacekeepers());
        assertEquals(500, r.log().days().get(3).peacekeepers());
        assertEquals(50, r.log().days().get(6).peacekeepers());
    }

    @Test
    void forcedTalksAndRecommitmentHappenOnTheirDay() {
        Scenario s = withEvents("""
                  - day: 4
                    talks: true
                  - day: 9
                    title: Both sides recommit
                    recommit: true
                """);
        Runs.Result r = Runs.run(s);
        assertTrue(r.log().days().get(4).talks());
        assertEquals(1, r.summary().talksHeld());
        assertEquals(1.0, r.log().days().get(9).commitmentA(), 0.02);
        assertTrue(r.log().narrative().stream().anyMatch(e -> e.step() == 9 && e.event().equals(new NarrativeEvent.TimelineNote("Timeline", "Both sides recommit"))));
        assertTrue(r.log().narrative().stream().anyMatch(e -> e.step() == 9 && e.event() instanceof NarrativeEvent.Recommitment));
    }

    @Test
    void parameterChangesTakeEffectOnTheirDayOnly() {
        Scenario s = withEvents("""
                  - day: 10
                    set: {mediator.attention: 0.1}
                    scale: {peacekeepers.troops: 0.5}
                """);
        Runs.Result r = Runs.run(s);
        assertEquals(0.9, r.log().days().get(9).mediatorAttention(), 1e-12);
        assertEquals(0.1, r.log().days().get(10).mediatorAttention(), 1e-12);
        assertEquals(200, r.log().days().get(9).peacekeepers());
        assertEquals(100, r.log().days().get(10).peacekeepers());
    }

    @Test
    void anOrderedAdvanceEntersTheZoneAndDigsIn() {
        Scenario s = withEvents("""
                  - day: 2
                    advance: {side: A, kind: infantry, units: 2, to: peacekeeping, post: true}
                """);
        Runs.Result r = Runs.run(s);
        assertTrue(r.log().incidents().stream().anyMatch(i -> i.ordered() && i.type().id().equals("incursion")), "ordered incursion");
        assertTrue(r.log().incidents().stream().anyMatch(i -> i.type().id().equals("new_position")), "new position");
    }

    @Test
    void anOrderedStrikeHitsTheTargetArea() {
        Scenario s = withEvents("""
                  - day: 2
                    strike: {side: A, weapon: artillery, at: B, strikes: 2}
                """);
        Runs.Result r = Runs.run(s);
        assertEquals(2, r.log().incidents().stream().filter(i -> i.step() == 2 && i.ordered() && i.type().id().equals("artillery_fire")).count());
    }

    @Test
    void aTimelineChangeReachesObserversTyped() {
        // tiny.yaml, day 10: set sides.A.aggressiveness: 0.9 (from the default 0.4).
        Scenario s = TestFiles.load(TestFiles.tiny());
        ConflictModel m = new ConflictModel(s);
        java.util.List<ceasefire.scenario.ScenarioDiff> heard = new java.util.ArrayList<>();
        java.util.List<Integer> days = new java.util.ArrayList<>();
        m.addObserver(new RunObserver() {
            @Override
            public void parametersChanged(ceasefire.scenario.ScenarioDiff diff) {
                heard.add(diff);
                days.add(m.day());
            }
        });
        m.run();
        assertEquals(1, heard.size());
        ceasefire.scenario.ScenarioDiff d = heard.get(0);
        assertEquals(10, days.get(0));
        assertEquals(ceasefire.scenario.ScenarioDiff.Origin.TIMELINE, d.origin());
        assertEquals(java.util.Set.of("sides.A.aggressiveness"), d.assigned());
        assertEquals(java.util.List.of(new ceasefire.scenario.ScenarioDiff.Change("sides.A.aggressiveness", 0.4, 0.9)), d.changes());
        assertEquals(0.9, d.after().a().aggressiveness());
    }
}
