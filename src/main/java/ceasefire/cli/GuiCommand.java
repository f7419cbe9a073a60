package ceasefire.cli;

import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ceasefire gui}: watch a scenario in MASON's GUI, or, with {@code --snapshot}, run it in
 * the GUI and write PNGs of the map and the charts. The GUI lives in {@code ceasefire.gui},
 * which this command loads by name, so that the other commands never load Swing.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Watch a scenario in MASON's GUI: the map, the agents, incidents as they happen, live charts, "
                + "the narrative, and the scenario's parameters in the Console's Model tab. "
                + "With --snapshot, run it and write PNGs of the map and of each chart instead (needs a display too; "
                + "on a server use xvfb-run -a).")
public final class GuiCommand implements Callable<Integer> {

    /** The scenario opened when none is given. */
    static final String FLAGSHIP = "scenarios/nagorno-karabakh-2022.yaml";
    static final String LAUNCHER = "ceasefire.gui.GuiLauncher";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML); default: " + FLAGSHIP + " of this installation.")
    Path scenarioFile;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--snapshot", paramLabel = "DIR",
            description = "Run the scenario (--steps N days, else its full length) at full speed, write map.png, "
                    + "incidents.png, escalation.png, casualties.png (and SVG or PDF with --format) and snapshot.json into DIR, and exit. "
                    + "DIR must be new, empty, or hold only earlier snapshots (which are replaced).")
    Path snapshotDir;

    @Mixin
    FigureOptions figures;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = scenarioFile;
        if (file == null) {
            file = findFlagship();
            if (file == null) {
                err.println("ceasefire gui: no scenario given, and the default " + FLAGSHIP + " was not found (looked in "
                        + String.join(", ", flagshipCandidates().stream().map(Path::toString).toList())
                        + "); name a scenario file: ceasefire gui SCENARIO");
                err.flush();
                return Main.BAD_INPUT;
            }
        }
        Scenario scenario = options.load(file);
        ScenarioDocument document = ScenarioDocument.load(file);
        String noDisplay = displayProblem();
        if (noDisplay != null) {
            err.println("ceasefire gui: " + noDisplay + ".");
            err.println("Run it on a desktop, or under a virtual display (xvfb-run -a ceasefire gui ...);"
                    + " for a run without a GUI use: ceasefire run " + file);
            err.flush();
            return Main.BAD_INPUT;
        }
        Object result;
        try {
            Method launch = Class.forName(LAUNCHER).getMethod("launch", Scenario.class, ScenarioDocument.class,
                    ceasefire.scenario.Overrides.class, Integer.class, Path.class, ceasefire.output.FigureSpec.class);
            result = launch.invoke(null, scenario, document, options.overrides(), options.steps, snapshotDir, figures.spec());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                // An OutputException (a --snapshot folder that cannot be used) is bad input: Main says so, exit 2.
                throw cause;
            }
            throw e;
        }
        if (snapshotDir != null && result instanceof List<?> files) {
            List<String> names = new ArrayList<>();
            for (Object f : files) {
                names.add(((Path) f).getFileName().toString());
            }
            out.println("Snapshots of " + scenario.name() + " (seed " + scenario.run().seed() + ") written to " + snapshotDir + ": "
                    + String.join(", ", names));
            out.flush();
        }
        return 0;
    }

    /** Why the GUI cannot open here, or null when a display is available. */
    static String displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            return System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()
                    ? "no display to open the GUI on (the DISPLAY environment variable is not set)"
                    : "no display to open the GUI on (Java is running headless)";
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (HeadlessException | AWTError | InternalError e) {
            return "cannot open the display " + System.getenv("DISPLAY") + " (" + firstLine(e.getMessage()) + ")";
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s.strip() : s.substring(0, nl).strip();
    }

    /** The flagship scenario of this installation, or null. */
    static Path findFlagship() {
        for (Path p : flagshipCandidates()) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where the flagship may be: beside the jar or class directory and up to two levels above
     * it (target/ceasefire.jar lives one level below the scenarios/ folder), then under the
     * current directory.
     */
    static List<Path> flagshipCandidates() {
        Set<Path> out = new LinkedHashSet<>();
        try {
            var source = GuiCommand.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path code = Path.of(source.getLocation().toURI()).toAbsolutePath();
                Path dir = Files.isDirectory(code) ? code : code.getParent();
                for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                    out.add(dir.resolve(FLAGSHIP).normalize());
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // An unusual class loader: fall back to the current directory alone.
            out.add(Path.of(FLAGSHIP).toAbsolutePath().normalize());
            return List.copyOf(out);
        }
        out.add(Path.of(FLAGSHIP).toAbsolutePath().normalize());
        return List.copyOf(out);
    }
}
