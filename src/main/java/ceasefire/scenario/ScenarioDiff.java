package ceasefire.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A change of parameters during a run, typed: the parameters before and after, the paths that
 * were set (by a timeline event's {@code set}/{@code scale}, or from outside the model, such as
 * the GUI's Model tab), and where the change came from. The model acts on it and hands it to its
 * observers ({@code RunObserver.parametersChanged}), so nobody has to infer a change from the
 * narrative.
 *
 * @param before   the parameters in force until now
 * @param after    the parameters in force from now on
 * @param assigned the paths that were set, whether or not their value differs from before
 *                 (setting a side's hostility to its starting value still resets it)
 * @param origin   who changed them
 */
public record ScenarioDiff(Scenario before, Scenario after, Set<String> assigned, Origin origin) {

    /** Who changed the parameters. */
    public enum Origin {
        /** A timeline event of the scenario. */
        TIMELINE,
        /** Something outside the model (the GUI's Model tab). */
        OUTSIDE
    }

    /** One parameter whose value differs. */
    public record Change(String path, Object before, Object after) {
    }

    public ScenarioDiff {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(origin, "origin");
        assigned = Set.copyOf(assigned);
    }

    /** Whether {@code path} was set by this change. */
    public boolean assigned(String path) {
        return assigned.contains(path);
    }

    /** The parameters whose value differs, in the order of the scenario's parameters. */
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        Map<String, Object> was = before.parameters();
        for (Map.Entry<String, Object> e : after.parameters().entrySet()) {
            if (!Objects.equals(was.get(e.getKey()), e.getValue())) {
                out.add(new Change(e.getKey(), was.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }
}
