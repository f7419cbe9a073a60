package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.RunLog;
import ceasefire.model.Runs;
import ceasefire.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digging in on a unit's own initiative goes through the same brakes as every other violation
 * (D4): no opportunity or full restraint means no new position; only an order still digs in.
 */
class DigInTest {

    @TempDir
    Path dir;

    /** A's infantry already stands in the zone at (3,1), nobody can fire on anybody, 60 days. */
    private Scenario scenario(String... sets) throws IOException {
        Path file = dir.resolve("dig.yaml");
        Files.writeString(file, """
                name: dig-in
                run: {days: 60, seed: 7}
                map:
                  legend:
                    ".": {terrain: open, control: A}
                    "p": {terrain: open, control: peacekeeping}
                    ":": {terrain: open, control: B}
                  rows: |
                    ..ppppp:::::::::::::
                    ..ppppp:::::::::::::
                    ..ppppp:::::::::::::
                  regions:
                    hill: {cells: [[5, 1]]}
                sides:
                  A:
                    hostility: 1
                    ambition: 1
                    discipline: 0
                    units:
                      - {kind: infantry, count: 1, cells: [[3, 1]]}
                  B:
                    units:
                      - {kind: infantry, count: 1, cells: [[19, 2]]}
                peacekeepers:
                  troops: 0
                  posts: []
                dynamics: {reaction: 0, fatigue: 0, grievance_rate: 0}
                """);
        return TestFiles.load(file, sets);
    }

    private static long newPositions(RunLog log, boolean ordered) {
        return log.incidents().stream().filter(i -> i.type().id().equals("new_position") && i.ordered() == ordered).count();
    }

    @Test
    void withoutOpportunityAForwardUnitDoesNotDigIn() throws IOException {
        // Before the fix it dug in on day 0 with probability ambition = 1, whatever the brakes.
        Runs.Result r = Runs.run(scenario("dynamics.opportunity=0"));
        assertEquals(0, newPositions(r.log(), false));
    }

    @Test
    void fullRestraintStopsDiggingIn() throws IOException {
        // Discipline 1 at commitment 1, fading as slowly as allowed: restraint stays above
        // 0.9998, so q < 0.0002 a day (under 1.2% in 60 days; seed fixed). Before the fix: day 0.
        Runs.Result r = Runs.run(scenario("dynamics.opportunity=1", "sides.A.discipline=1", "sides.A.commitment=1",
                "mediator.commitment_days=100000"));
        assertEquals(0, newPositions(r.log(), false));
    }

    @Test
    void withOpportunityAndNoBrakesItDoesDigIn() throws IOException {
        Runs.Result r = Runs.run(scenario("dynamics.opportunity=1", "sides.A.commitment=0"));
        assertEquals(1, newPositions(r.log(), false), "q = 1 x 1 x 1 x (1 - 0): dug in on day 0, once");
    }
}
