package ceasefire.cli;

import ceasefire.scenario.Overrides;
import ceasefire.scenario.ParameterOverride;
import ceasefire.scenario.Problem;
import ceasefire.scenario.RunSpec;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.ScenarioDocument;
import ceasefire.scenario.ScenarioException;
import ceasefire.scenario.yaml.YamlText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that loads a scenario: seed, length and overrides. */
public final class ScenarioOptions {

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the run's random stream (0 to 2147483647); overrides run.seed.")
    Long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Days to run; overrides run.days (events after the last day simply do not happen).")
    Integer steps;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override any scenario value (repeatable; the paths sweeps use), for example:%n"
                    + "  --set peacekeepers.troops=500")
    List<String> sets = new ArrayList<>();

    /** The overrides: {@code --set} values, then {@code --seed}. */
    public Overrides overrides() throws ScenarioException {
        Overrides o = Overrides.parse(sets);
        if (seed != null) {
            o = o.with(new ParameterOverride("run.seed", YamlText.parseValue(Long.toString(seed), "--seed"), "--seed", 0, ""));
        }
        return o;
    }

    /**
     * The overrides with {@code --steps} among them, as {@code run.days}: for what binds the
     * scenario itself (the sweep of {@code run --replications}).
     */
    public Overrides overridesWithSteps() throws ScenarioException {
        Overrides o = overrides();
        checkSteps();
        return steps == null ? o
                : o.with(new ParameterOverride("run.days", YamlText.parseValue(Integer.toString(steps), "--steps"), "--steps", 0, ""));
    }

    /** Loads, overrides and validates the scenario. */
    public Scenario load(Path file) throws ScenarioException {
        Overrides overrides = overrides();
        checkSteps();
        Scenario s = ScenarioDocument.load(file).bind(overrides);
        return steps == null ? s : s.withRun(new RunSpec(s.run().seed(), steps, s.run().stopOnCollapse(), s.run().startDate()));
    }

    private void checkSteps() throws ScenarioException {
        if (steps != null && steps < 1) {
            throw new ScenarioException(new Problem("--steps", 0, "", steps + " is not a number of days (expected 1 or more)"));
        }
    }
}
