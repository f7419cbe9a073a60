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
        // Problems past the memory cap arrive as a count, not as entries.
        long notKept = e.problems().stream().mapToLong(Problem::notKeptCount).sum();
        java.util.List<Problem> kept = e.problems().stream().filter(p -> p.notKeptCount() == 0).toList();
        // In file order: by source (in the order they first appear), then by line.
        java.util.Map<String, Integer> sources = new java.util.HashMap<>();
        for (Problem p : kept) {
            sources.putIfAbsent(p.source(), sources.size());
        }
        java.util.List<Problem> sorted = kept.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> sources.get(p.source())).thenComparingInt(Problem::line))
                .toList();
        int shown = Math.min(sorted.size(), Limits.MAX_PROBLEMS_SHOWN);
        for (Problem p : sorted.subList(0, shown)) {
            err.println(p.format());
        }
        long n = sorted.size() + notKept;
        if (n > shown) {
            err.println("... and " + Limits.count(n - shown) + " more (only the first " + shown + " are shown)");
        }
        err.println(Limits.count(n) + (n == 1 ? " problem" : " problems") + " found.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
