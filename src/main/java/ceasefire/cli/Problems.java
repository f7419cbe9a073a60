package ceasefire.cli;

import ceasefire.scenario.Limits;
import ceasefire.scenario.Problem;
import ceasefire.scenario.ScenarioException;
import java.io.PrintWriter;

/** Prints the problems of a bad input, one per line (at most {@link Limits#MAX_PROBLEMS_SHOWN}), and a count. */
final class Problems {

    private Problems() {
    }

    static int report(PrintWriter err, ScenarioException e) {
        // In file order: by source (in the order they first appear), then by line.
        java.util.List<String> sources = e.problems().stream().map(Problem::source).distinct().toList();
        java.util.List<Problem> sorted = e.problems().stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> sources.indexOf(p.source())).thenComparingInt(Problem::line))
                .toList();
        int shown = Math.min(sorted.size(), Limits.MAX_PROBLEMS_SHOWN);
        for (Problem p : sorted.subList(0, shown)) {
            err.println(p.format());
        }
        if (sorted.size() > shown) {
            err.println("... and " + Limits.count(sorted.size() - shown) + " more (only the first " + shown + " are shown)");
        }
        int n = e.problems().size();
        err.println(n + (n == 1 ? " problem" : " problems") + " found.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
