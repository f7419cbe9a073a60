package ceasefire.sweep;

import ceasefire.model.ConflictModel;
import ceasefire.model.RunSummary;
import ceasefire.scenario.Scenario;

/**
 * What a sweep does with one run: by default, run the model headless from start to finish.
 * Tests substitute functions that fail or block on purpose.
 */
@FunctionalInterface
public interface RunFunction {

    /** Runs the scenario with the given seed to its end. May throw; the sweep records the run as failed. */
    RunSummary run(Scenario scenario, long seed);

    /** The model itself: a fresh {@link ConflictModel} per run, observed by nobody. */
    RunFunction MODEL = (scenario, seed) -> new ConflictModel(scenario, seed).run();
}
