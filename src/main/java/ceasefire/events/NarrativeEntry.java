package ceasefire.events;

import java.util.Objects;

/**
 * One line of the narrative: what was said or done ({@link NarrativeEvent}, as data) and on
 * which day. {@code output.NarrativeEnglish} writes it as a sentence.
 *
 * @param step  day
 * @param event who said or did what, where, with its figures
 */
public record NarrativeEntry(int step, NarrativeEvent event) {

    public NarrativeEntry {
        Objects.requireNonNull(event, "event");
    }

    /** Who the entry is credited to. */
    public NarrativeEvent.Actor actor() {
        return event.actor();
    }

    /** What kind of statement or act it is. */
    public NarrativeKind kind() {
        return event.kind();
    }

    /** The facts {@code narrative.csv} shows in columns of their own. */
    public NarrativeEvent.Facts facts() {
        return event.facts();
    }
}
