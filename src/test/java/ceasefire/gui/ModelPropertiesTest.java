package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.model.ConflictModel;
import ceasefire.events.Incident;
import ceasefire.model.RunLog;
import ceasefire.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

/**
 * The Console's Model tab: its rows are the scenario's real values, and a change reaches the
 * run it should (the next start, or the running model at once). No display needed.
 */
class ModelPropertiesTest {

    private static int row(ModelProperties p, String path) {
        int i = p.indexOf(path);
        assertTrue(i >= 0, "the Model tab should show " + path);
        return i;
    }

    /** Steps the GUI (as the Console's play thread would) until the model has run {@code days} days or finished. */
    private static void stepTo(ConflictWithUI gui, int days) {
        while (gui.model().day() < days && !gui.model().finished()) {
            assertTrue(gui.step(), "the schedule ran dry before day " + days);
        }
    }

    private static List<Incident> headless(Scenario s, int days) {
        ConflictModel m = new ConflictModel(s);
        m.setDaysToRun(days);
        RunLog log = new RunLog();
        m.addObserver(log);
        m.run();
        return log.incidents();
    }

    @Test
    void everyRowShowsTheScenariosOwnValueWithinItsRange() {
        Scenario s = GuiFixtures.flagship();
        ModelProperties p = GuiFixtures.unshownGui().properties();
        Set<String> names = new HashSet<>();
        assertTrue(p.parameters().size() >= 40, "doctrine of both sides, peacekeepers, mediator, rules and run: " + p.parameters().size());
        for (Parameter q : p.parameters()) {
            int i = row(p, q.path());
            assertTrue(names.add(p.getName(i)), "labels are unique: " + p.getName(i));
            if (q.absent() != null) {
                assertFalse(s.parameters().containsKey(q.path()), q.path());
                assertFalse(p.isReadWrite(i), "a value the scenario does not have cannot be edited: " + q.path());
                assertEquals(q.absent(), p.getValue(i));
                continue;
            }
            Object expected = s.parameters().get(q.path());
            Object shown = p.getValue(i);
            switch (q.kind()) {
                case REAL -> assertEquals(((Number) expected).doubleValue(), (Double) shown, 1e-12, q.path());
                case INTEGER -> assertEquals(((Number) expected).intValue(), shown, q.path());
                case BOOLEAN -> assertEquals(expected, shown, q.path());
                case CHOICE -> assertEquals(expected, q.choices().get((Integer) shown), q.path());
            }
            if (p.getDomain(i) instanceof Interval range) {
                double v = ((Number) expected).doubleValue();
                assertTrue(range.getMin().doubleValue() <= v && v <= range.getMax().doubleValue(), q.path() + " slider covers " + v);
            }
            assertTrue(p.isReadWrite(i), q.path());
            assertTrue(p.getDescription(i).contains(q.path()), "the tooltip names the --set path of " + q.path());
        }
        for (String path : List.of("sides.A.discipline", "sides.B.retaliation", "peacekeepers.troops", "peacekeepers.mandate",
                "mediator.attention", "mediator.public_rebuke", "rules.no_drone_strikes.enabled", "rules.no_zone_entry.severity", "run.days")) {
            row(p, path);
        }
        assertEquals(Double.TYPE, p.getType(row(p, "sides.A.discipline")));
        assertEquals(Integer.TYPE, p.getType(row(p, "peacekeepers.troops")));
        assertEquals(Boolean.TYPE, p.getType(row(p, "mediator.public_rebuke")));
        assertEquals(List.of("observe", "interpose"), List.of((String[]) p.getDomain(row(p, "peacekeepers.mandate"))));
    }

    @Test
    void aChangeBeforeStartIsTheRunAfterStart() {
        int days = 60;
        ConflictWithUI gui = GuiFixtures.unshownGui();
        ModelProperties p = gui.properties();
        // As the inspector does: text from the field, through MASON's Properties.setValue.
        assertEquals(0.95, (Double) p.setValue(row(p, "sides.A.aggressiveness"), "0.95"), 1e-12);
        assertEquals(true, p.setValue(row(p, "peacekeepers.mandate"), "1") instanceof Integer);
        assertEquals(Map.of("sides.A.aggressiveness", "0.95", "peacekeepers.mandate", "interpose"), p.settingsForTest());

        gui.start();
        assertEquals(0.95, gui.model().parameters().a().aggressiveness(), 1e-12);
        assertEquals("interpose", gui.model().parameters().peacekeepers().mandate().yamlName());
        RunLog log = new RunLog();
        gui.model().addObserver(log);
        stepTo(gui, days);
        gui.finish();

        List<Incident> expected = headless(GuiFixtures.flagship("sides.A.aggressiveness=0.95", "peacekeepers.mandate=interpose"), days);
        assertEquals(expected, log.incidents(), "the run after start is the scenario with the changed values");
        assertNotEquals(headless(GuiFixtures.flagship(), days), expected, "and the change made a difference to this run");

        // A restart keeps the change (with the same seed, the same run again).
        RunLog again = new RunLog();
        gui.model().addObserver(again);
        gui.start();
        stepTo(gui, days);
        assertEquals(expected, again.incidents());
    }

    @Test
    void aChangeDuringARunTakesEffectAtOnceAndOutlivesOtherTimelineChanges() {
        ConflictWithUI gui = GuiFixtures.unshownGui();
        ModelProperties p = gui.properties();
        gui.start();
        stepTo(gui, 50);
        p.setValue(row(p, "mediator.effectiveness"), "0.9");
        p.setValue(row(p, "sides.A.ambition"), "0.1");
        p.setValue(row(p, "run.days"), "90");
        Scenario now = gui.model().parameters();
        assertEquals(0.9, now.mediator().effectiveness(), 1e-12, "at once");
        assertEquals(0.1, now.a().ambition(), 1e-12);
        assertEquals(180, gui.model().scenario().run().days(), "the run's length waits for the next start");
        assertEquals(90, (Integer) p.getValue(row(p, "run.days")), "but the Model tab shows the value the next start will use");

        // Day 85: the timeline scales the mediator's attention by 0.3 and sets Azerbaijan's ambition to 0.6.
        stepTo(gui, 90);
        now = gui.model().parameters();
        assertEquals(0.8 * 0.3, now.mediator().attention(), 1e-9, "the timeline's change happened");
        assertEquals(0.9, now.mediator().effectiveness(), 1e-12, "the user's change outlived a timeline event that did not touch it");
        assertEquals(0.6, now.a().ambition(), 1e-12, "a timeline event that sets the same value wins");
        assertEquals(0.9, (Double) p.getValue(row(p, "mediator.effectiveness")), 1e-12, "the Model tab shows the values in force");
        gui.finish();

        gui.start();
        assertEquals(90, gui.model().scenario().run().days(), "the new length applies at the next start");
        assertEquals(0.9, gui.model().parameters().mediator().effectiveness(), 1e-12, "changes made during a run apply at later starts");
    }

    @Test
    void stoppingOnCollapseChangedDuringARunStaysChanged() {
        // The registry marks run.stop_on_collapse as changeable during a run; the run in force
        // must then use the new value, and the Model tab must show it (it used to snap back).
        ConflictWithUI gui = GuiFixtures.unshownGui();
        ModelProperties p = gui.properties();
        gui.start();
        stepTo(gui, 10);
        assertFalse(gui.model().parameters().run().stopOnCollapse());
        assertEquals(true, p.setValue(row(p, "run.stop_on_collapse"), "true"), "the check box keeps the new value");
        assertTrue(gui.model().parameters().run().stopOnCollapse(), "the running model stops on collapse from now on");
        assertEquals(180, gui.model().parameters().run().days(), "the run's length is not touched");
        // A later live change of something else keeps it too.
        p.setValue(row(p, "mediator.effectiveness"), "0.9");
        assertTrue(gui.model().parameters().run().stopOnCollapse());
        gui.finish();
    }

    @Test
    void aParameterTheScenarioLacksIsListedReadOnlyNotDropped() throws Exception {
        // tiny.yaml gives its posts as cells, so it has no peacekeepers.posts.count.
        ceasefire.scenario.ScenarioDocument doc = ceasefire.scenario.ScenarioDocument.load(ceasefire.TestFiles.tiny());
        Scenario tiny = doc.bind();
        assertFalse(tiny.parameters().containsKey("peacekeepers.posts.count"));
        ModelProperties p = new ModelProperties(new RunSettings(tiny, doc, ceasefire.scenario.Overrides.none(), null),
                new ModelProperties.Listener() {
                    @Override
                    public void changed() {
                    }

                    @Override
                    public void rejected(ceasefire.scenario.ScenarioException e) {
                        throw new AssertionError(e);
                    }
                });
        int i = row(p, "peacekeepers.posts.count");
        assertFalse(p.isReadWrite(i));
        assertTrue(String.valueOf(p.getValue(i)).contains("not used by this scenario"), String.valueOf(p.getValue(i)));
        assertEquals(String.class, p.getType(i));
        assertEquals(p.getValue(i), p.setValue(i, "5"), "an edit of it changes nothing");
        assertTrue(p.settingsForTest().isEmpty());
        // Every declaration with a slider is a row, whatever the scenario has.
        long withSlider = ceasefire.scenario.ParameterRegistry.all().stream().filter(q -> q.slider() != null).count();
        assertEquals(withSlider, p.parameters().size());
    }

    @Test
    void aValueTheScenarioCannotTakeIsRejectedAndNothingChanges() {
        ConflictWithUI gui = GuiFixtures.unshownGui();
        ModelProperties p = gui.properties();
        Object before = p.getValue(row(p, "run.days"));
        Object shown = p.setValue(row(p, "run.days"), "0");
        assertEquals(before, shown, "the field goes back to the value in force");
        assertEquals(1, gui.rejected().size());
        assertTrue(gui.rejected().get(0).problems().get(0).format().contains("run.days"), gui.rejected().get(0).problems().toString());
        assertTrue(p.settingsForTest().isEmpty());

        Object discipline = p.getValue(row(p, "sides.A.discipline"));
        assertEquals(discipline, p.setValue(row(p, "sides.A.discipline"), "very"), "text that is not a number is refused");
        assertEquals(2, gui.rejected().size());
        assertEquals("Model tab: sides.A.discipline: 'very' is not a number", gui.rejected().get(1).problems().get(0).format());
    }

    @Test
    void theInspectorRepositioningItsSliderIsNotAnEdit() {
        ConflictWithUI gui = GuiFixtures.unshownGui();
        ModelProperties p = gui.properties();
        p.quietly(() -> p.setValue(row(p, "sides.A.ambition"), "0.6"));
        assertTrue(p.settingsForTest().isEmpty(), "MASON 18's slider echoes a displayed value back as a set");
        assertEquals(0.35, (Double) p.getValue(row(p, "sides.A.ambition")), 1e-12);
        assertFalse(gui.settings().running());
    }
}
