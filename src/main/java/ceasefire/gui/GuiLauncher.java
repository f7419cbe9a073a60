package ceasefire.gui;

import ceasefire.output.FigureSpec;
import ceasefire.output.OutputException;
import ceasefire.scenario.Overrides;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import sim.display.Console;

/**
 * Opens the GUI for {@code ceasefire gui}. The command line calls {@link #launch} by reflection,
 * so that the headless commands never load Swing; it has checked the scenario and that a
 * display is available, and it does the printing.
 */
public final class GuiLauncher {

    /** How long a scripted run may take before it is given up as stuck. */
    static final long SCRIPTED_TIMEOUT_MINUTES = 10;

    private static final Object LOCK = new Object();
    private static int open;

    private GuiLauncher() {
    }

    /**
     * Opens MASON's Console on the scenario. Without {@code snapshotDir}, returns once the user
     * has closed it (MASON ends the program when its last Console closes, so usually it does
     * not return at all). With {@code snapshotDir}, runs the scenario's days (or
     * {@code days}) at full speed, writes PNGs of the map and of each chart window into it,
     * closes the windows and returns the files written.
     *
     * @param scenario    the scenario with the command line's overrides and length applied
     * @param document    its file, bound again when parameters change in the Model tab
     * @param commandLine the command line's {@code --set} and {@code --seed}
     * @param days        the command line's {@code --steps}, or null
     * @param snapshotDir where a scripted run writes its PNGs, or null for an interactive session
     * @throws OutputException when {@code snapshotDir} cannot be used (it holds other files)
     */
    public static List<Path> launch(Scenario scenario, ScenarioDocument document, Overrides commandLine, Integer days, Path snapshotDir)
            throws OutputException, IOException, InterruptedException {
        return launch(scenario, document, commandLine, days, snapshotDir, FigureSpec.DEFAULT);
    }

    /** As above, with the snapshot's figures in the formats and size {@code figures} asks for. */
    public static List<Path> launch(Scenario scenario, ScenarioDocument document, Overrides commandLine, Integer days, Path snapshotDir,
                                    FigureSpec figures) throws OutputException, IOException, InterruptedException {
        if (snapshotDir != null) {
            Snapshots.prepare(snapshotDir);
            return scripted(new ConflictWithUI(scenario, document, commandLine, days), snapshotDir, commandLine, figures);
        }
        open(new ConflictWithUI(scenario, document, commandLine, days));
        synchronized (LOCK) {
            while (open > 0) {
                LOCK.wait();
            }
        }
        return List.of();
    }

    /** Shows a Console on {@code gui} (also used by File &gt; Open Scenario). */
    static Console open(ConflictWithUI gui) {
        synchronized (LOCK) {
            open++;
        }
        gui.onQuit(() -> {
            synchronized (LOCK) {
                open--;
                LOCK.notifyAll();
            }
        });
        AtomicReference<Console> console = new AtomicReference<>();
        ConflictWithUI.onSwing(() -> {
            Console c = new Console(gui);
            c.setVisible(true);
            console.set(c);
        });
        return console.get();
    }

    /**
     * Runs {@code gui} in a Console at full speed to the end of its run, snapshots it into
     * {@code dir} and closes its windows (without ending the program, which MASON's own close
     * would do).
     */
    static List<Path> scripted(ConflictWithUI gui, Path dir, Overrides commandLine) throws IOException, InterruptedException {
        return scripted(gui, dir, commandLine, FigureSpec.DEFAULT);
    }

    static List<Path> scripted(ConflictWithUI gui, Path dir, Overrides commandLine, FigureSpec figures) throws IOException, InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        gui.onFinish(finished::countDown);
        // A fault in the model ends MASON's play thread without a stop: waiting for the end
        // of the run would wait for ever, so the fault ends the wait.
        AtomicReference<Throwable> fault = new AtomicReference<>();
        gui.onFault(e -> {
            fault.compareAndSet(null, e);
            finished.countDown();
        });
        AtomicReference<Console> holder = new AtomicReference<>();
        try {
            ConflictWithUI.onSwing(() -> {
                Console c = new Console(gui);
                holder.set(c);
                c.setVisible(true);
                // Saved preferences could slow the run down, repeat it or stop it early.
                c.setPlaySleep(0);
                c.setShouldRepeat(false);
                c.setWhenShouldEnd(Long.MAX_VALUE);
                c.setWhenShouldPause(Long.MAX_VALUE);
                c.setWhenShouldEndTime(Double.POSITIVE_INFINITY);
                c.setWhenShouldPauseTime(Double.POSITIVE_INFINITY);
                c.pressPlay();
            });
            if (!finished.await(SCRIPTED_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the scripted run did not finish within " + SCRIPTED_TIMEOUT_MINUTES + " minutes");
            }
            if (fault.get() != null) {
                throw new IllegalStateException("the run failed on day " + gui.model().day(), fault.get());
            }
            // Let the charts and the narrative take in the last days before they are drawn.
            ConflictWithUI.onSwing(() -> { });
            ConflictWithUI.onSwing(gui::flushWindows);
            AtomicReference<List<Path>> files = new AtomicReference<>();
            AtomicReference<IOException> failure = new AtomicReference<>();
            ConflictWithUI.onSwing(() -> {
                try {
                    files.set(gui.writeSnapshots(dir, commandLine, figures));
                } catch (IOException e) {
                    failure.set(e);
                }
            });
            if (failure.get() != null) {
                throw failure.get();
            }
            return files.get();
        } finally {
            if (holder.get() != null) {
                close(holder.get());
            }
        }
    }

    /** What MASON's File &gt; Close does, except ending the program when it was the last Console. */
    static void close(Console console) {
        ConflictWithUI.onSwing(() -> {
            console.pressStop();
            console.getSimulation().quit();
            console.dispose();
            Console.allControllers.remove(console);
        });
    }
}
