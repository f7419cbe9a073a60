package ceasefire.model;

import ceasefire.scenario.RunSpec;
import ceasefire.scenario.Scenario;

/** Test helper: run a scenario to the end and keep everything it produced. */
public final class Runs {

    /** A finished run: its log and summary. */
    public record Result(RunLog log, RunSummary summary) {
    }

    private Runs() {
    }

    public static Result run(Scenario s) {
        ConflictModel m = new ConflictModel(s);
        RunLog log = new RunLog();
        m.addObserver(log);
        RunSummary summary = m.run();
        return new Result(log, summary);
    }

    public static Result run(Scenario s, long seed, int days) {
        return run(s.withRun(new RunSpec(seed, days, s.run().stopOnCollapse(), s.run().startDate())));
    }
}
