package ceasefire.cli;

import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;

/** Prints every problem of a bad input, one per line, and a count. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, ScenarioException e) {
        for (Problem p : e.problems()) {
            err.println(p.format());
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " found.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
