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

    /**
     * The entry as a sentence: "Russia publicly rebukes Azerbaijan ...". Timeline events are
     * written as headlines in their own right, so their actor is not prefixed.
     */
    public String sentence() {
        return kind == NarrativeKind.EVENT ? detail : actor + " " + detail;
    }

    /** "day 113: Russia publicly rebukes Azerbaijan ..." */
    public String headline() {
        return "day " + step + ": " + sentence();
    }
}
