package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A scheduled event of the timeline: on {@code day}, the title goes into the narrative and the
 * actions are carried out in order. An event without actions is a note in the narrative.
 *
 * @param actor who the narrative credits (e.g. "World", "Azerbaijan"); "Timeline" by default
 * @param line  line in the scenario file
 */
public record EventSpec(int day, String title, String actor, List<EventAction> actions, int line) {

    public EventSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(actor, "actor");
        actions = List.copyOf(actions);
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0, was " + day);
        }
    }
}
