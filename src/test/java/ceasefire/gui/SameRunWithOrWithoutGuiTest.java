package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.ConflictModel;
import ceasefire.model.RunLog;
import ceasefire.model.RunSummary;
import ceasefire.output.RunWriter;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI must not change a single result: stepping the scenario under its GUIState (with the
 * GUI's own observers attached) gives the headless run's incidents.csv byte for byte. The
 * windows themselves are checked in {@link GuiWindowsTest}, which needs a display.
 */
class SameRunWithOrWithoutGuiTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedSameIncidentsCsv() throws Exception {
        Scenario s = GuiFixtures.flagship();
        ConflictModel headless = new ConflictModel(s);
        RunLog expected = new RunLog();
        headless.addObserver(expected);
        RunSummary summary = headless.run();
        assertTrue(expected.incidents().size() > 10, "a run with incidents to compare: " + expected.incidents().size());

        ConflictWithUI gui = new ConflictWithUI(s, GuiFixtures.document(), Overrides.none(), null);
        RunLog watched = new RunLog();
        gui.model().addObserver(watched);
        gui.start();
        while (gui.step()) {
            // one day per step, as the Console's play thread does it
        }
        gui.finish();

        Path a = dir.resolve("headless-incidents.csv");
        Path b = dir.resolve("gui-incidents.csv");
        new RunWriter(s, "flagship", Overrides.none(), expected, summary).writeIncidents(a);
        new RunWriter(s, "flagship", Overrides.none(), watched, gui.model().summarySoFar()).writeIncidents(b);
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(expected.narrative(), watched.narrative());
        assertEquals(expected.days().size(), watched.days().size());
        assertFalse(gui.settings().running());
    }

    @Test
    void aRestartWithTheSameSeedRepeatsTheRunAndAnotherSeedDoesNot() {
        ConflictWithUI gui = GuiFixtures.unshownGui();
        RunLog first = new RunLog();
        gui.model().addObserver(first);
        gui.start();
        while (gui.step()) {
            // run to the end
        }
        gui.finish();
        gui.model().removeObserver(first);

        RunLog second = new RunLog();
        gui.model().addObserver(second);
        gui.start();
        while (gui.step()) {
            // again, same seed
        }
        gui.finish();
        gui.model().removeObserver(second);
        assertEquals(first.incidents(), second.incidents());

        // What the Console does when the user types another seed and presses play.
        RunLog third = new RunLog();
        gui.model().addObserver(third);
        gui.model().setSeed(7);
        gui.start();
        while (gui.step()) {
            // a new seed
        }
        gui.finish();
        assertFalse(first.incidents().equals(third.incidents()), "another seed, another run");
    }
}
