package ceasefire.sweep.running;

import ceasefire.model.ConflictModel;
import ceasefire.model.RunObserver;
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

    /**
     * The same run, with {@code observers} hearing every day, in order (the daily trajectories and,
     * for {@code --keep-runs}, the whole run). A function that has no days to tell (a test's
     * stand-in) ignores them.
     */
    default RunSummary run(Scenario scenario, long seed, RunObserver... observers) {
        return run(scenario, seed);
    }

    /** The model itself: a fresh {@link ConflictModel} per run, observed only by the sweep. */
    RunFunction MODEL = new RunFunction() {
        @Override
        public RunSummary run(Scenario scenario, long seed) {
            return new ConflictModel(scenario, seed).run();
        }

        @Override
        public RunSummary run(Scenario scenario, long seed, RunObserver... observers) {
            ConflictModel model = new ConflictModel(scenario, seed);
            for (RunObserver o : observers) {
                model.addObserver(o);
            }
            return model.run();
        }
    };
}
