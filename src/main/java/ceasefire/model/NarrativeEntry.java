package ceasefire.model;

import java.util.Objects;

/**
 * One line of the narrative: who said or did what, on which day.
 *
 * @param step   day
 * @param actor  a side's, the contingent's or the mediator's name, or "Timeline"
 * @param kind   what kind of statement or act
 * @param detail the sentence
 */
public record NarrativeEntry(int step, String actor, NarrativeKind kind, String detail) {

    public NarrativeEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** "day 113: Russia rebukes Azerbaijan ..." */
    public String headline() {
        return "day " + step + ": " + actor + " " + detail;
    }
}
