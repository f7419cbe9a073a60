package ceasefire.charts;

import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A moment worth marking on a time chart: a timeline event, a public rebuke, talks (with their
 * outcome), the collapse.
 */
public record Milestone(int day, Kind kind, String label) {

    /** What kind of moment. */
    public enum Kind { EVENT, REBUKE, TALKS_SUCCEEDED, TALKS_FAILED, COLLAPSE }

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    /**
     * The milestones in a run's narrative, in order. Timeline events give one per day. The words
     * come from the narrative's renderer ({@code output.NarrativeEnglish}, which charts do not
     * depend on): {@code actor} names who an entry is credited to, {@code sentence} writes it.
     */
    public static List<Milestone> from(List<NarrativeEntry> narrative, Function<NarrativeEntry, String> actor,
                                       Function<NarrativeEntry, String> sentence) {
        List<Milestone> out = new ArrayList<>();
        int lastEventDay = Integer.MIN_VALUE;
        for (NarrativeEntry e : narrative) {
            Milestone m = of(e, actor, sentence);
            if (m == null) {
                continue;
            }
            if (m.kind == Kind.EVENT) {
                if (m.day == lastEventDay) {
                    continue;
                }
                lastEventDay = m.day;
            }
            out.add(m);
        }
        return out;
    }

    /** The milestone an entry makes, or null. */
    public static Milestone of(NarrativeEntry e, Function<NarrativeEntry, String> actor, Function<NarrativeEntry, String> sentence) {
        return switch (e.kind()) {
            case EVENT, RECOMMITMENT -> e.event() instanceof NarrativeEvent.ParametersChanged ? null
                    : new Milestone(e.step(), Kind.EVENT, shorten(sentence.apply(e), 40));
            case REBUKE -> new Milestone(e.step(), Kind.REBUKE, actor.apply(e) + " rebuke");
            case TALKS -> new Milestone(e.step(), Kind.TALKS_SUCCEEDED, "talks succeed");
            case TALKS_FAILED -> new Milestone(e.step(), Kind.TALKS_FAILED, "talks fail");
            case COLLAPSE -> new Milestone(e.step(), Kind.COLLAPSE, "ceasefire collapses");
            default -> null;
        };
    }

    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max - 1)) + "…";
    }
}
