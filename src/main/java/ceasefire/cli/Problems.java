package ceasefire.cli;

import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;

/** Prints every problem of a bad input, one per line, and a count. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, ScenarioException e) {
        // In file order: by source (in the order they first appear), then by line.
        java.util.List<String> sources = e.problems().stream().map(Problem::source).distinct().toList();
        java.util.List<Problem> sorted = e.problems().stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> sources.indexOf(p.source())).thenComparingInt(Problem::line))
                .toList();
        for (Problem p : sorted) {
            err.println(p.format());
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " found.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
