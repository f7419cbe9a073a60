package ceasefire.gui;

import ceasefire.Version;
import ceasefire.model.ConflictModel;
import ceasefire.model.NarrativeEntry;
import ceasefire.model.NarrativeKind;
import ceasefire.model.RunObserver;
import ceasefire.output.FigureSpec;
import ceasefire.output.Figures;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Problem;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * Watching a scenario in MASON's GUI: the map display, the live charts, the narrative window
 * and the scenario's parameters in the Console's Model tab. The model ({@link ConflictModel})
 * does not know it is watched: everything here reads it, or listens to it as a
 * {@link RunObserver}, and draws no random numbers from it (the GUI has none to draw), so a
 * seed gives the same run with or without the GUI.
 */
public class ConflictWithUI extends GUIState {

    private static final int CONSOLE_WIDTH = 460;
    private static final int NARRATIVE_MIN_WIDTH = 320;
    private static final long INSPECTOR_REFRESH_NS = 250_000_000L;

    private final ConflictModel model;
    private final RunSettings settings;
    private final ModelProperties properties;
    private final IncidentTrail trail = new IncidentTrail();
    private final List<Runnable> finishListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> quitListeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Throwable>> faultListeners = new CopyOnWriteArrayList<>();
    private final List<ScenarioException> rejected = new CopyOnWriteArrayList<>();
    private MapDisplay map;
    private LiveCharts charts;
    private NarrativeWindow narrative;
    private ModelInspector modelInspector;

    /**
     * @param scenario    the scenario as loaded, with the command line's overrides and length
     * @param document    its file, bound again when parameters change in the Model tab
     * @param commandLine the command line's {@code --set}/{@code --seed} (kept under later changes)
     * @param days        the command line's {@code --steps}, or null for the scenario's length
     */
    public ConflictWithUI(Scenario scenario, ScenarioDocument document, Overrides commandLine, Integer days) {
        super(new ConflictModel(scenario));
        model = (ConflictModel) state;
        settings = new RunSettings(scenario, document, commandLine, days);
        properties = new ModelProperties(settings, new ModelProperties.Listener() {
            @Override
            public void changed() {
                refreshModelTab();
            }

            @Override
            public void rejected(ScenarioException e) {
                reject(e);
            }
        });
        model.addObserver(trail);
        model.addObserver(new RunObserver() {
            @Override
            public void narrative(NarrativeEntry entry) {
                if (entry.kind() == NarrativeKind.EVENT) {
                    reapplyAfterTimeline();
                }
            }
        });
    }

    /** The name MASON shows in the Console's title and About box. */
    public static String getName() {
        return "Ceasefire";
    }

    /** The Console's About tab. */
    public static Object getInfo() {
        return "<html><body style='font-family: sans-serif; margin: 8px'>"
                + "<h2>Ceasefire</h2><p>An agent-based simulation of ceasefire breakdown: two militaries, a peacekeeping "
                + "contingent and a mediator on a map, under a ceasefire's rules. Every act that breaks a rule in force is an "
                + "incident.</p><ul>"
                + "<li>Press <b>play</b> to run, <b>pause</b> to stop and look, <b>stop</b> to end the run.</li>"
                + "<li>The <b>Model</b> tab holds the scenario's parameters. Changes made while stopped apply when you press "
                + "play; most also take effect at once during a run.</li>"
                + "<li>The <b>seed</b> is in the Console tab: the same seed gives the same run, with or without the GUI.</li>"
                + "<li>Double-click a unit, a post or patrol, or an actor in the map's legend to inspect it.</li>"
                + "<li>Switch the map's layers on and off from its layers menu (the first button above the map).</li>"
                + "<li><b>File &gt; Open Scenario...</b> loads another scenario file.</li></ul>"
                + "<p>ceasefire " + Version.get() + "</p></body></html>";
    }

    /** The running model (for tests and the launcher). */
    public ConflictModel model() {
        return model;
    }

    ModelProperties properties() {
        return properties;
    }

    RunSettings settings() {
        return settings;
    }

    MapDisplay map() {
        return map;
    }

    LiveCharts charts() {
        return charts;
    }

    NarrativeWindow narrativeWindow() {
        return narrative;
    }

    IncidentTrail trail() {
        return trail;
    }

    /** Changes rejected so far in the Model tab (for tests). */
    List<ScenarioException> rejected() {
        return rejected;
    }

    /** Runs {@code r} (on the thread that ends the run) each time a run finishes. */
    void onFinish(Runnable r) {
        finishListeners.add(r);
    }

    /**
     * Passes a fault of the model (an exception out of a step) to {@code listener}, which then
     * handles it instead of the dialog this GUI shows otherwise.
     */
    void onFault(java.util.function.Consumer<Throwable> listener) {
        faultListeners.add(listener);
    }

    /** Runs {@code r} when this GUI is closed. */
    void onQuit(Runnable r) {
        quitListeners.add(r);
    }

    // ---------------------------------------------------------------- MASON life cycle

    @Override
    public void init(Controller c) {
        super.init(c);
        Scenario s = model.scenario();
        map = new MapDisplay(this, model, trail);
        charts = new LiveCharts(s, model.runSeed());
        narrative = new NarrativeWindow(s);
        model.addObserver(charts);
        model.addObserver(narrative);
        List<JFrame> frames = new ArrayList<>();
        frames.add(map.frame());
        frames.addAll(charts.frames());
        frames.add(narrative.frame());
        for (JFrame f : frames) {
            c.registerFrame(f);
            f.setVisible(true);
        }
        if (c instanceof Console console) {
            console.setTitle("Ceasefire: " + s.name());
            // Stop then play repeats the run exactly; a new run is a new seed typed in (or this ticked).
            console.setIncrementSeedOnStop(false);
            ConsoleMenus.adapt(console, this);
            arrange(console);
        }
    }

    /**
     * Places the windows: the map top left, then the Console and the narrative to its right,
     * the charts in a row below. On a small screen they overlap, as MASON's own would.
     */
    /** Charts are not squeezed below this height to fit under the map. */
    static final int MIN_CHART_HEIGHT = 280;

    private void arrange(Console console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int right = screen.x + screen.width;
        JFrame mapFrame = map.frame();
        mapFrame.setLocation(screen.x, screen.y);
        int top = Math.max(Console.DEFAULT_HEIGHT, mapFrame.getHeight());
        console.setBounds(Math.min(mapFrame.getWidth() + 4, right - CONSOLE_WIDTH), screen.y, CONSOLE_WIDTH, top);
        JFrame n = narrative.frame();
        int x = console.getX() + CONSOLE_WIDTH + 4;
        int w = Math.max(NARRATIVE_MIN_WIDTH, Math.min(n.getWidth(), right - x));
        n.setBounds(Math.min(x, right - w), screen.y, w, top);
        int chartWidth = Math.max(320, Math.min(charts.frames().get(0).getWidth(), (screen.width - 8) / 3));
        // The charts give up some height before they cover the map's legend (a scenario's own map
        // key makes it taller); below MIN_CHART_HEIGHT they overlap it, as on any small screen.
        int chartHeight = Math.max(MIN_CHART_HEIGHT, Math.min(charts.frames().get(0).getHeight(), screen.height - top - 4));
        int y = Math.min(screen.y + top + 4, screen.y + screen.height - chartHeight);
        x = screen.x;
        for (JFrame f : charts.frames()) {
            f.setBounds(Math.min(x, right - chartWidth), y, chartWidth, chartHeight);
            x += chartWidth + 4;
        }
    }

    @Override
    public void start() {
        model.setScenario(settings.nextScenario());
        super.start();
        settings.started(model);
        trail.clear();
        if (map != null) {
            Scenario s = model.scenario();
            onSwing(() -> {
                charts.reset(s, model.runSeed());
                narrative.reset(s);
            });
            map.attachTo(model);
        }
        refreshModelTab();
    }

    /**
     * One step of the model and the windows. MASON's Console prints a fault in the model and
     * silently ends its play thread, leaving the Console "playing" a run that no longer moves;
     * so the fault is also shown (or passed to {@link #onFault} listeners) before it goes on
     * to MASON.
     */
    @Override
    public boolean step() {
        try {
            return super.step();
        } catch (RuntimeException | Error e) {
            fault(e);
            throw e;
        }
    }

    private void fault(Throwable e) {
        if (!faultListeners.isEmpty()) {
            for (java.util.function.Consumer<Throwable> l : faultListeners) {
                l.accept(e);
            }
            return;
        }
        if (map == null) {
            return;
        }
        int day = model.day();
        JFrame owner = controller instanceof JFrame f ? f : null;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(owner, "The run stopped on day " + day + " with a fault in the "
                + "program:\n\n" + e + "\n\nThis is not a problem of your scenario; please report it with the trace printed in the "
                + "terminal.\nPress stop, then play, to start again.", "The run failed", JOptionPane.ERROR_MESSAGE));
    }

    @Override
    public void finish() {
        super.finish();
        settings.finished();
        refreshModelTab();
        for (Runnable r : finishListeners) {
            r.run();
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (map != null) {
            map.display().quit();
            map.frame().dispose();
            for (JFrame f : charts.frames()) {
                f.dispose();
            }
            narrative.frame().dispose();
            map = null;
        }
        for (Runnable r : quitListeners) {
            r.run();
        }
    }

    /** The Model tab: the scenario's parameters, refreshed every step during a run. */
    @Override
    public Inspector getInspector() {
        properties.quietly(() -> modelInspector = new ModelInspector());
        modelInspector.setVolatile(true);
        return modelInspector;
    }

    /** MASON's inspector on {@link ModelProperties}, whose refreshes are not taken for edits. */
    private final class ModelInspector extends SimpleInspector {

        private static final long serialVersionUID = 1L;

        ModelInspector() {
            super(properties, ConflictWithUI.this, "Scenario parameters", properties.numProperties() + 1);
        }

        private long lastUpdate;

        /**
         * MASON refreshes a volatile inspector after every step and waits for the Swing thread
         * each step; a few refreshes a second are plenty for people to read.
         */
        @Override
        public void updateInspector() {
            long now = System.nanoTime();
            if (now - lastUpdate >= INSPECTOR_REFRESH_NS) {
                refreshNow();
            }
        }

        void refreshNow() {
            lastUpdate = System.nanoTime();
            properties.quietly(super::updateInspector);
        }
    }

    // ---------------------------------------------------------------- parameters

    private void reapplyAfterTimeline() {
        try {
            settings.afterTimeline();
        } catch (ScenarioException e) {
            reject(e);
        }
    }

    private void refreshModelTab() {
        ModelInspector i = modelInspector;
        if (i != null) {
            SwingUtilities.invokeLater(i::refreshNow);
        }
    }

    private void reject(ScenarioException e) {
        rejected.add(e);
        if (map == null) {
            return;
        }
        StringBuilder text = new StringBuilder("This change was not applied:\n\n");
        for (Problem p : e.problems()) {
            text.append(p.format()).append('\n');
        }
        JFrame owner = controller instanceof JFrame f ? f : null;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(owner, text.toString(), "Value not accepted",
                JOptionPane.WARNING_MESSAGE));
    }

    // ---------------------------------------------------------------- snapshots

    /** Takes in whatever the charts and the narrative still have queued (Swing thread). */
    void flushWindows() {
        if (map != null) {
            charts.drain();
            narrative.drain();
            map.display().repaint();
        }
    }

    /**
     * Writes the map and each chart as PNGs into {@code dir}, then {@link Snapshots#MARKER}.
     * Call on the Swing thread once the run is over. Returns the files written.
     */
    List<Path> writeSnapshots(Path dir, Overrides commandLine) throws IOException {
        return writeSnapshots(dir, commandLine, FigureSpec.DEFAULT);
    }

    /** As {@link #writeSnapshots(Path, Overrides)}, in the formats and size {@code figures} asks for. */
    List<Path> writeSnapshots(Path dir, Overrides commandLine, FigureSpec figures) throws IOException {
        List<Path> files = new ArrayList<>();
        java.awt.Dimension mapSize = map.snapshotSize();
        for (String f : Figures.write(dir, "map", map::draw, figures.freeHeight(), mapSize.width, mapSize.height)) {
            files.add(dir.resolve(f));
        }
        for (Map.Entry<String, JFreeChart> e : charts.charts().entrySet()) {
            String stem = e.getKey().substring(0, e.getKey().lastIndexOf('.'));
            for (String f : Figures.write(dir, stem, e.getValue(), figures, LiveCharts.WIDTH, LiveCharts.HEIGHT)) {
                files.add(dir.resolve(f));
            }
        }
        Scenario s = model.scenario();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("program", "ceasefire " + Version.get());
        facts.put("scenario", s.name());
        facts.put("scenario_file", s.source());
        facts.put("seed", model.runSeed());
        facts.put("days_run", model.day());
        facts.put("last_day", model.day() - 1);
        facts.put("date_of_last_day", s.run().dateOf(Math.max(0, model.day() - 1)));
        facts.put("overrides", commandLine.asText());
        facts.put("model_tab_changes", new LinkedHashMap<>(settings.changes()));
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            names.add(f.getFileName().toString());
        }
        facts.put("files", names);
        facts.put("written", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Snapshots.marker(dir, facts);
        files.add(dir.resolve(Snapshots.MARKER));
        return files;
    }

    /** Runs {@code r} on the Swing thread, now if this is it. */
    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while updating the windows", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("updating the windows failed", e.getCause());
        }
    }
}
