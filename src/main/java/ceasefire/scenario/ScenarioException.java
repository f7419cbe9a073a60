package ceasefire.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a scenario (or sweep) file cannot be used; carries every problem found, so a user
 * fixes them all in one pass instead of one per attempt.
 */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in the order found (file order within each stage). */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining(System.lineSeparator()));
    }
}
