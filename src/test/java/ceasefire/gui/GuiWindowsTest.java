package ceasefire.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.agents.Site;
import ceasefire.agents.Unit;
import ceasefire.charts.Palette;
import ceasefire.cli.Main;
import ceasefire.model.ConflictModel;
import ceasefire.model.RunLog;
import ceasefire.scenario.Control;
import ceasefire.scenario.Geography;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.Terrain;
import java.awt.Color;
import java.awt.Component;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;
import sim.util.Properties;

/**
 * The GUI in real windows (skipped without a display; CI runs it under Xvfb): the scripted
 * snapshot of the flagship, the same run as headless, the menus, the layers and the inspectors.
 */
class GuiWindowsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsADisplay() {
        GuiFixtures.assumeDisplay();
    }

    private static int count(BufferedImage img, Color colour, int x0, int y0, int x1, int y1) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void snapshotOfTheFlagshipAfter40Days() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("gui", GuiFixtures.FLAGSHIP.toString(), "--steps", "40", "--snapshot", dir.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("written to " + dir), out.toString());
        for (String f : Snapshots.FILES) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String facts = Files.readString(dir.resolve(Snapshots.MARKER));
        assertTrue(facts.contains("\"days_run\": 40"), facts);
        assertTrue(facts.contains("\"seed\": 20220324"), facts);

        Geography g = GuiFixtures.flagship().geography();
        MapLayout layout = MapLayout.of(g);
        BufferedImage map = ImageIO.read(dir.resolve(Snapshots.MAP).toFile());
        assertEquals(layout.width(), map.getWidth());
        assertEquals(layout.height(), map.getHeight());
        for (String chart : List.of(LiveCharts.INCIDENTS, LiveCharts.ESCALATION, LiveCharts.CASUALTIES)) {
            BufferedImage img = ImageIO.read(dir.resolve(chart).toFile());
            assertEquals(LiveCharts.WIDTH, img.getWidth(), chart);
            assertEquals(LiveCharts.HEIGHT, img.getHeight(), chart);
        }

        // Within the map area only (the legend has swatches of every colour).
        int top = layout.status();
        int w = layout.mapWidth();
        int h = top + layout.mapHeight();
        int cellArea = layout.cell() * layout.cell();
        Scenario s = GuiFixtures.flagship();
        int unitsA = s.a().unitCount();
        int unitsB = s.b().unitCount();
        // A unit's fill is about a third to a half of its cell; overlaps and casualties take
        // some away. So: at least a quarter cell per unit of a tenth of the force, at most a
        // whole cell per unit.
        int a = count(map, Palette.SIDE_A, 0, top, w, h);
        int b = count(map, Palette.SIDE_B, 0, top, w, h);
        assertTrue(a >= unitsA * cellArea / 10 && a <= unitsA * cellArea, "side A's colour on " + a + " pixels");
        assertTrue(b >= unitsB * cellArea / 10 && b <= unitsB * cellArea, "side B's colour on " + b + " pixels");
        // The zone's open cells show its colour, less the posts, the line of contact and any units on it.
        int zoneCells = 0;
        for (int i = 0; i < g.cells(); i++) {
            zoneCells += g.controlAt(i) == Control.PEACEKEEPING && g.terrainAt(i) == Terrain.OPEN ? 1 : 0;
        }
        int zone = count(map, Palette.cell(Control.PEACEKEEPING, Terrain.OPEN), 0, top, w, h);
        assertTrue(zone >= zoneCells * cellArea / 4 && zone <= zoneCells * cellArea,
                "the peacekeeping zone's colour on " + zone + " pixels of " + zoneCells * cellArea);
    }

    @Test
    void theWatchedRunIsTheHeadlessRun() throws Exception {
        Scenario s = GuiFixtures.flagship();
        ConflictModel headless = new ConflictModel(s);
        RunLog expected = new RunLog();
        headless.addObserver(expected);
        headless.run();

        ConflictWithUI gui = new ConflictWithUI(s, GuiFixtures.document(), Overrides.none(), null);
        RunLog watched = new RunLog();
        gui.model().addObserver(watched);
        List<Path> files = GuiLauncher.scripted(gui, dir, Overrides.none());
        assertEquals(Snapshots.FILES.size(), files.size());
        assertEquals(expected.incidents(), watched.incidents(), "the same seed gives the same incidents with the GUI watching");
        assertEquals(expected.narrative(), watched.narrative());
        // What the windows took in: every day in the charts, every narrative entry in the window.
        assertEquals(s.run().days(), gui.charts().charts().get(LiveCharts.ESCALATION).getXYPlot().getDataset().getItemCount(0));
        List<String> lines = gui.narrativeWindow().text().lines().toList();
        assertEquals(expected.narrative().size(), lines.size());
        // In the same words as narrative.csv's actor and detail, from the same renderer.
        ceasefire.output.NarrativeEnglish english = new ceasefire.output.NarrativeEnglish(s);
        for (int i = 0; i < lines.size(); i++) {
            var e = expected.narrative().get(i);
            assertTrue(lines.get(i).endsWith("] " + english.actor(e) + " " + english.detail(e)), lines.get(i));
        }
    }

    @Test
    void aFaultInTheRunIsReportedNotWaitedFor() throws Exception {
        ConflictWithUI gui = new ConflictWithUI(GuiFixtures.flagshipDays(30), GuiFixtures.document(), Overrides.none(), 30);
        gui.model().addObserver(new ceasefire.model.RunObserver() {
            @Override
            public void day(ceasefire.model.DayRecord r) {
                if (r.step() == 5) {
                    throw new IllegalStateException("a fault on purpose");
                }
            }
        });
        long started = System.nanoTime();
        // MASON prints the fault's trace on the terminal (the dialog tells users to report it);
        // it is captured here so that the build's output shows no trace for a fault on purpose.
        PrintStream terminal = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        IllegalStateException e;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> GuiLauncher.scripted(gui, dir, Overrides.none()));
        } finally {
            System.setErr(terminal);
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("a fault on purpose"),
                "the trace a user is asked to report reaches the terminal");
        assertEquals("a fault on purpose", e.getCause().getMessage());
        assertTrue(e.getMessage().contains("day"), e.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.MINUTES.toNanos(1), "reported at once, not after the time-out");
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no snapshot of a failed run");
        }
    }

    /** Opens a Console on a 25-day flagship run and plays it to the end. */
    private static Console playShortRun(ConflictWithUI gui) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        gui.onFinish(finished::countDown);
        AtomicReference<Console> c = new AtomicReference<>();
        ConflictWithUI.onSwing(() -> {
            Console console = new Console(gui);
            console.setVisible(true);
            console.setPlaySleep(0);
            console.pressPlay();
            c.set(console);
        });
        assertTrue(finished.await(2, TimeUnit.MINUTES), "the run should finish");
        ConflictWithUI.onSwing(gui::flushWindows);
        return c.get();
    }

    private static List<AbstractButton> items(Component c) {
        List<AbstractButton> out = new ArrayList<>();
        if (c instanceof AbstractButton b) {
            out.add(b);
        }
        if (c instanceof JMenu m) {
            for (Component k : m.getMenuComponents()) {
                out.addAll(items(k));
            }
        } else if (c instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) {
                out.addAll(items(child));
            }
        }
        return out;
    }

    @Test
    void menusLayersAndInspectorsWork() throws Exception {
        ConflictWithUI gui = new ConflictWithUI(GuiFixtures.flagshipDays(25), GuiFixtures.document(), Overrides.none(), 25);
        Console console = playShortRun(gui);
        try {
            ConflictWithUI.onSwing(() -> {
                // File menu: MASON's checkpoint and demo entries are gone, Open Scenario is there.
                JMenu file = ConsoleMenus.fileMenu(console.getJMenuBar());
                List<String> entries = new ArrayList<>();
                for (int i = 0; i < file.getItemCount(); i++) {
                    JMenuItem item = file.getItem(i);
                    if (item != null) {
                        entries.add(item.getText());
                    }
                }
                assertTrue(entries.contains(ConsoleMenus.OPEN_SCENARIO), entries.toString());
                for (String gone : ConsoleMenus.REMOVED) {
                    assertFalse(entries.contains(gone), gone + " in " + entries);
                }
                // The windows are in the Console's Displays list.
                List<?> frames = console.getAllFrames();
                assertTrue(frames.contains(gui.map().frame()));
                assertTrue(frames.containsAll(gui.charts().frames()));
                assertTrue(frames.contains(gui.narrativeWindow().frame()));
            });

            Display2D display = gui.map().display();
            MapLayout layout = gui.map().layout();
            ConflictWithUI.onSwing(() -> {
                // Every entry of the display's layer and redraw menus works (each twice, to put it back).
                for (JPopupMenu menu : List.of(display.popup, display.refreshPopup)) {
                    for (AbstractButton b : items(menu)) {
                        b.doClick();
                        b.doClick();
                    }
                }
                // Switching the units' layer off takes them off the map.
                AbstractButton units = items(display.popup).stream().filter(b -> MapDisplay.UNITS.equals(b.getText())).findFirst().orElseThrow();
                BufferedImage before = gui.map().snapshot();
                units.doClick();
                BufferedImage without = gui.map().snapshot();
                units.doClick();
                int top = layout.status();
                assertTrue(count(before, Palette.SIDE_A, 0, top, layout.mapWidth(), layout.height()) > 0);
                assertEquals(0, count(without, Palette.SIDE_A, 0, top, layout.mapWidth(), layout.height()), "units hidden");

                // Place names are drawn above the units (their layer comes later in the menu, which
                // lists layers in drawing order), so that markers on a place do not hide its name.
                List<String> layers = items(display.popup).stream().map(AbstractButton::getText).toList();
                assertTrue(layers.indexOf(MapDisplay.PLACES) > layers.indexOf(MapDisplay.UNITS)
                        && layers.indexOf(MapDisplay.PLACES) > layers.indexOf(MapDisplay.SITES), layers.toString());

                // The display's options and MASON's About box open without trouble.
                display.optionButton.doClick();
                assertTrue(display.optionPane.isVisible());
                display.optionPane.setVisible(false);
                JMenu file = ConsoleMenus.fileMenu(console.getJMenuBar());
                for (int i = 0; i < file.getItemCount(); i++) {
                    JMenuItem item = file.getItem(i);
                    if (item != null && item.getText().startsWith("About")) {
                        item.doClick();
                    }
                }
                for (java.awt.Frame f : java.awt.Frame.getFrames()) {
                    if (f.isShowing() && f.getTitle().contains("About")) {
                        f.dispose();
                    }
                }
            });

            // A unit's cell holds the unit for the display's hit test, and so a double-click inspects it.
            Unit unit = gui.model().units().stream().filter(u -> u.side() == SideKey.B).findFirst().orElseThrow();
            int c = layout.cell();
            Bag[] hit = display.objectsHitBy(new Rectangle2D.Double(unit.x() * c, layout.status() + unit.y() * c, c, c));
            assertTrue(wrapped(hit).contains(unit), "a unit is picked where it stands");
            Object unitShown = UnitPortrayal.inspected(unit, gui.model().geography());
            assertTrue(unitShown instanceof UnitView, "the inspector shows the unit's view, not the agent");
            Properties unitProps = Properties.getProperties(unitShown);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < unitProps.numProperties(); i++) {
                names.add(unitProps.getName(i));
            }
            assertTrue(names.containsAll(List.of("Side", "Posture", "Strength", "Hostility", "LastAction")), names.toString());
            assertEquals(unit.command().name() + " (B)", unitProps.getValue(names.indexOf("Side")));
            assertEquals("(" + unit.x() + ", " + unit.y() + ")", unitProps.getValue(names.indexOf("Cell")));
            Site post = gui.model().peacekeepers().posts().get(0);
            Properties siteProps = Properties.getProperties(SitePortrayal.inspected(post));
            List<String> siteNames = new ArrayList<>();
            for (int i = 0; i < siteProps.numProperties(); i++) {
                siteNames.add(siteProps.getName(i));
            }
            assertTrue(siteNames.containsAll(List.of("Kind", "Cell", "Staffing", "ViolationsDetected", "WithdrawalDemands")), siteNames.toString());
            assertEquals("observation post", siteProps.getValue(siteNames.indexOf("Kind")));

            // The mediator is on the legend's list of actors.
            Bag[] onLegend = display.objectsHitBy(new java.awt.geom.Point2D.Double(layout.mainWidth() + 30, 26 + 3 * 23 + 9));
            Object picked = wrapped(onLegend).stream().filter(o -> o instanceof MediatorView).findFirst().orElse(null);
            assertNotNull(picked, "the mediator's badge picks the mediator's view: " + wrapped(onLegend));
            Properties mediatorProps = Properties.getProperties(picked);
            List<String> mediatorNames = new ArrayList<>();
            for (int i = 0; i < mediatorProps.numProperties(); i++) {
                mediatorNames.add(mediatorProps.getName(i));
            }
            assertTrue(mediatorNames.containsAll(List.of("Name", "AttentiveToday", "ReportsOnDesk", "Talks", "Rebukes")), mediatorNames.toString());

            // Only MASON's streaming inspector is offered for properties; its chart inspectors fail with JFreeChart 1.5.
            Bag offered = PropertyInspector.getPropertyInspectorClassNames();
            assertEquals(1, offered.numObjs, "property inspectors offered");
            assertEquals("sim.portrayal.inspector.StreamingPropertyInspector", offered.objs[0]);
        } finally {
            GuiLauncher.close(console);
        }
        for (JFrame f : gui.charts().frames()) {
            assertFalse(f.isDisplayable(), "closing the Console disposes the chart windows");
        }
    }

    @Test
    void openingAnotherScenarioReplacesTheConsoleAndTheProgramGoesOn() throws Exception {
        Console first = GuiLauncher.open(new ConflictWithUI(GuiFixtures.flagshipDays(5), GuiFixtures.document(), Overrides.none(), 5));
        AtomicReference<Console> second = new AtomicReference<>();
        try {
            // What File > Open Scenario does once a file is chosen. MASON's own close ends the
            // program with its last Console; this test's JVM would not survive that.
            ConflictWithUI.onSwing(() -> {
                try {
                    second.set(ConsoleMenus.replace(first, Path.of("scenarios/stable-baseline.yaml")));
                } catch (ScenarioException e) {
                    throw new AssertionError(e.problems().toString(), e);
                }
            });
            assertFalse(first.isDisplayable(), "the old Console is closed");
            assertTrue(second.get().isShowing());
            assertTrue(Console.allControllers.containsKey(second.get()));
            assertFalse(Console.allControllers.containsKey(first));
            assertEquals("Stable baseline", ((ConflictWithUI) second.get().getSimulation()).model().scenario().name());

            // A file with problems leaves the open scenario as it was.
            Path bad = Path.of("src/test/resources/scenarios/invalid/unknown-key.yaml");
            ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                    () -> ConsoleMenus.replace(second.get(), bad));
            assertFalse(e.problems().isEmpty());
            assertTrue(second.get().isShowing());
        } finally {
            if (second.get() != null) {
                GuiLauncher.close(second.get());
            } else {
                GuiLauncher.close(first);
            }
        }
    }

    private static List<Object> wrapped(Bag[] hits) {
        List<Object> out = new ArrayList<>();
        for (Bag b : hits) {
            if (b == null) {
                continue;
            }
            for (int i = 0; i < b.numObjs; i++) {
                out.add(((LocationWrapper) b.objs[i]).getObject());
            }
        }
        return out;
    }
}
