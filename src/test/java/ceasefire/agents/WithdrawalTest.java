package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.model.ConflictModel;
import ceasefire.events.NarrativeEvent;
import ceasefire.model.RunLog;
import ceasefire.model.RunSummary;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Withdrawal demands and their answers, on tiny maps where the answer is certain (credibility 1,
 * discipline 1, ambition 0: compliance 1; opportunity 0: nobody fires or probes).
 */
class WithdrawalTest {

    @TempDir
    Path dir;

    private static final String SIDES_AND_FORCE = """
            sides:
              A:
                units:
                  - {kind: infantry, count: 1, cells: [[0, 2]]}
              B:
                discipline: 1
                ambition: 0
                units:
                  - {kind: infantry, count: 1, cells: [%s]}
            peacekeepers:
              troops: 30
              posts: [[%s]]
              sensor_radius: 10
              detection: {open: 1}
              credibility: 1
              demand_interval: 1
              withdrawal_demands: true
            dynamics: {opportunity: 0}
            """;

    private record Outcome(ConflictModel model, RunLog log, RunSummary summary) {
    }

    private Outcome run(String rows, String unitCell, String post, int days) throws IOException {
        String yaml = "name: withdrawal\nrun: {days: " + days + ", seed: 1}\nmap:\n  legend:\n"
                + "    \".\": {terrain: open, control: A}\n"
                + "    \"p\": {terrain: open, control: peacekeeping}\n"
                + "    \"w\": {terrain: water, control: B}\n"
                + "    \":\": {terrain: open, control: B}\n"
                + "  rows: |\n" + rows.indent(4)
                + SIDES_AND_FORCE.formatted(unitCell, post);
        Path file = dir.resolve("withdrawal.yaml");
        Files.writeString(file, yaml);
        Scenario s = TestFiles.load(file);
        ConflictModel m = new ConflictModel(s);
        RunLog log = new RunLog();
        m.addObserver(log);
        RunSummary summary = m.run();
        return new Outcome(m, log, summary);
    }

    private static Unit unitOf(ConflictModel m, SideKey side) {
        return m.units().stream().filter(u -> u.side() == side).findFirst().orElseThrow();
    }

    @Test
    void aUnitNextToItsOwnLakeWalksHomeOverLand() throws IOException {
        // The model review's case (D1): B's unit on the zone at (4,1) touches B's water at (5,0)
        // and (5,1); its dry ground starts at (5,2). Before the fix the way home aimed at the
        // water, the unit never moved and 7 withdrawals were counted in 20 days.
        Outcome o = run("""
                ....pw::::
                ....pw::::
                ....p:::::
                ....p:::::""", "[4, 1]", "4, 3", 20);
        Unit u = unitOf(o.model(), SideKey.B);
        assertFalse(u.forward(), "the unit should be back on its own ground, at " + "(" + u.x() + ", " + u.y() + ")");
        assertEquals(1, o.summary().withdrawals(), "one demand, one withdrawal");
        assertEquals(1, o.summary().withdrawalDemands());
        assertEquals(0, o.summary().refusals());
    }

    @Test
    void aUnitOnTheWayHomeIsNotAskedAgainNorCountedAgain() throws IOException {
        // D2/D3: six steps home through the zone, demands allowed every day. Before the fix the
        // contingent asked again every evening it still saw the unit: 6 demands, 6 withdrawals
        // counted for one unit that withdrew once.
        Outcome o = run("""
                ..pppppp::::
                ..pppppp::::
                ..pppppp::::""", "[2, 1]", "5, 1", 15);
        assertFalse(unitOf(o.model(), SideKey.B).forward());
        assertEquals(1, o.summary().withdrawalDemands());
        assertEquals(1, o.summary().withdrawals());
        assertEquals(0, o.summary().refusals());
        assertEquals(0, o.summary().incidents(), "complying is no violation");
    }

    @Test
    void aUnitCutOffFromItsGroundSaysSoAndIsNotCountedAsWithdrawing() throws IOException {
        // The unit stands on a patch of zone ringed by water: willing, but no route home exists.
        Outcome o = run("""
                ....wwww::
                ....wppw::
                ....wwww::""", "[5, 1]", "6, 1", 10);
        assertTrue(unitOf(o.model(), SideKey.B).forward());
        assertEquals(0, o.summary().withdrawals(), "no withdrawal it cannot make");
        assertEquals(0, o.summary().refusals(), "nor a refusal: it is willing");
        assertTrue(o.log().narrative().stream().anyMatch(n -> n.event().equals(new NarrativeEvent.NoWayBack(SideKey.B, 1, List.of(new Cell(5, 1))))),
                () -> "the command says why it stays: " + o.log().narrative());
    }
}
