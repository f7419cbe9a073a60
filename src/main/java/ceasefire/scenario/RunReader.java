package ceasefire.scenario;

import static ceasefire.scenario.Declared.bool;
import static ceasefire.scenario.Declared.whole;

import ceasefire.scenario.yaml.Section;

/** Reads the {@code run} section: seed, days, stopping rule and start date. */
final class RunReader {

    private RunReader() {
    }

    static RunSpec read(Section s) {
        long seed = whole(s, "seed");
        int days = whole(s, "days");
        boolean stop = bool(s, "stop_on_collapse");
        var start = s.date("start_date");
        s.done();
        return new RunSpec(seed, days, stop, start);
    }
}
