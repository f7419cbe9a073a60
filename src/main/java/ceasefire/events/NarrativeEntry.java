package ceasefire.events;

import ceasefire.scenario.Cell;
import ceasefire.scenario.SideKey;
import java.util.List;
import java.util.Objects;

/**
 * One line of the narrative: who said or did what, on which day, as an English sentence and as
 * the facts behind it ({@link Facts}), so that tests and writers can work on the facts.
 *
 * @param step   day
 * @param actor  a side's, the contingent's or the mediator's name, or "Timeline"
 * @param kind   what kind of statement or act
 * @param detail the sentence, without its subject (see {@link #sentence()})
 * @param facts  who the entry is about, where, how many and how many casualties
 */
public record NarrativeEntry(int step, String actor, NarrativeKind kind, String detail, Facts facts) {

    /**
     * The facts of an entry.
     *
     * @param about           the side the entry concerns (the accused, the rebuked, the side asked
     *                        to withdraw, the side that refuses), or null
     * @param places          the cells the entry names, in order (every unit's cell for a grouped
     *                        demand or refusal)
     * @param count           how many units, violations or strikes the entry counts (0 if none)
     * @param casualties      casualties the entry reports (0 if none)
     * @param casualtiesOf    whose casualties they are (the side that suffered them), or null
     */
    public record Facts(SideKey about, List<Cell> places, int count, int casualties, SideKey casualtiesOf) {

        public static final Facts NONE = new Facts(null, List.of(), 0, 0, null);

        public Facts {
            places = List.copyOf(places);
        }

        public static Facts about(SideKey side) {
            return new Facts(side, List.of(), 0, 0, null);
        }

        public Facts at(List<Cell> cells) {
            return new Facts(about, cells, count, casualties, casualtiesOf);
        }

        public Facts at(Cell cell) {
            return at(List.of(cell));
        }

        public Facts count(int n) {
            return new Facts(about, places, n, casualties, casualtiesOf);
        }

        public Facts casualties(int n, SideKey of) {
            return new Facts(about, places, count, n, of);
        }
    }

    public NarrativeEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(facts, "facts");
    }

    public NarrativeEntry(int step, String actor, NarrativeKind kind, String detail) {
        this(step, actor, kind, detail, Facts.NONE);
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
