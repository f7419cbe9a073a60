package ceasefire.gui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.RunSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;

/** The flagship scenario and a display check for the GUI tests. */
final class GuiFixtures {

    static final Path FLAGSHIP = Path.of("scenarios/nagorno-karabakh-2022.yaml").toAbsolutePath();

    private GuiFixtures() {
    }

    static ScenarioDocument document() {
        try {
            return ScenarioDocument.load(FLAGSHIP);
        } catch (ScenarioException e) {
            throw new AssertionError("the flagship scenario should load: " + e.problems(), e);
        }
    }

    /** The flagship with {@code sets} applied ({@code path=value}), as {@code --set} would. */
    static Scenario flagship(String... sets) {
        try {
            return document().bind(Overrides.parse(List.of(sets)));
        } catch (ScenarioException e) {
            throw new AssertionError("the flagship scenario should bind: " + e.problems(), e);
        }
    }

    /** The flagship cut to {@code days} days, as {@code --steps} does. */
    static Scenario flagshipDays(int days) {
        Scenario s = flagship();
        RunSpec r = s.run();
        return s.withRun(new RunSpec(r.seed(), days, r.stopOnCollapse(), r.startDate()));
    }

    /** A GUI on the flagship, not shown (no Console): enough to start and step it. */
    static ConflictWithUI unshownGui() {
        return new ConflictWithUI(flagship(), document(), Overrides.none(), null);
    }

    private static boolean warned;

    /**
     * Skips the calling test when there is no display to open windows on, and says so once on
     * stderr, which Maven shows even with -q (surefire's skip reasons it does not).
     */
    static synchronized void assumeDisplay() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless && !warned) {
            warned = true;
            System.err.println("NOTE: no display, so the GUI tests are skipped; run them with "
                    + "xvfb-run -a -s '-screen 0 1600x1000x24' mvn -q verify (or bash .ci/run)");
        }
        assumeTrue(!headless, "no display: GUI tests need one (on a server run them under xvfb-run -a -s '-screen 0 1920x1080x24')");
    }
}
