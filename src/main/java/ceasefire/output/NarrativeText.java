package ceasefire.output;

import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeKind;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Geography;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The narrative for reading ({@code narrative.txt}, the report): every entry, except that a
 * demand or refusal repeated day after day is shown the first {@value #SHOWN} times of a
 * stretch and then summarised ("...and 23 more refusals by Azerbaijan over 40 days ...").
 * {@code narrative.csv} keeps every entry.
 */
public final class NarrativeText {

    /** Entries of a stretch shown in full before the rest are summarised. */
    static final int SHOWN = 3;
    /** A repeat more than this many days after the previous one starts a new stretch. */
    static final int GAP_DAYS = 7;
    /** A summary covers at most this many days, so that the story keeps its order. */
    static final int SUMMARY_DAYS = 30;

    /** One line of the text: an entry as it happened, or a summary of repeats (entry null). */
    public record Line(int step, NarrativeEntry entry, String text) {

        public boolean summary() {
            return entry == null;
        }
    }

    private NarrativeText() {
    }

    /** Whether entries of this kind are summarised when repeated. */
    static boolean repetitive(NarrativeKind kind) {
        return kind == NarrativeKind.WITHDRAWAL_DEMAND || kind == NarrativeKind.REFUSAL;
    }

    /** The lines to print, in order. */
    public static List<Line> lines(List<NarrativeEntry> narrative, NarrativeEnglish english) {
        Geography geography = english.geography();
        int n = narrative.size();
        boolean[] hidden = new boolean[n];
        // Blocks of hidden entries, each summarised after its last member.
        Map<Integer, List<NarrativeEntry>> summaryAfter = new HashMap<>();
        Map<String, int[]> streak = new HashMap<>(); // key -> {last day, shown in stretch}
        Map<String, List<Integer>> block = new HashMap<>();
        Map<String, Integer> blockStart = new HashMap<>();
        for (int i = 0; i < n; i++) {
            NarrativeEntry e = narrative.get(i);
            if (!repetitive(e.kind())) {
                continue;
            }
            // Repeats are grouped by place too: a demand at a new place starts its own stretch and
            // is shown, not folded into a run of demands somewhere else.
            String key = english.actor(e) + "\u0000" + e.kind() + "\u0000" + placesKey(e, geography);
            int[] s = streak.get(key);
            if (s == null || e.step() - s[0] > GAP_DAYS) {
                close(key, block, blockStart, summaryAfter, narrative, hidden);
                s = new int[] {e.step(), 0};
                streak.put(key, s);
            }
            s[0] = e.step();
            if (s[1] < SHOWN) {
                s[1]++;
                continue;
            }
            Integer start = blockStart.get(key);
            if (start != null && e.step() - start >= SUMMARY_DAYS) {
                close(key, block, blockStart, summaryAfter, narrative, hidden);
            }
            hidden[i] = true;
            block.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            blockStart.putIfAbsent(key, e.step());
        }
        for (String key : new ArrayList<>(block.keySet())) {
            close(key, block, blockStart, summaryAfter, narrative, hidden);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NarrativeEntry e = narrative.get(i);
            if (!hidden[i]) {
                lines.add(new Line(e.step(), e, english.sentence(e)));
            }
            List<NarrativeEntry> repeats = summaryAfter.get(i);
            if (repeats != null) {
                lines.add(new Line(e.step(), null, summarise(repeats, english.actor(repeats.get(0)), geography)));
            }
        }
        return lines;
    }

    private static void close(String key, Map<String, List<Integer>> block, Map<String, Integer> blockStart,
                              Map<Integer, List<NarrativeEntry>> summaryAfter, List<NarrativeEntry> narrative, boolean[] hidden) {
        List<Integer> members = block.remove(key);
        blockStart.remove(key);
        if (members == null || members.isEmpty()) {
            return;
        }
        if (members.size() == 1) {
            // A summary of one line is no shorter than the line.
            hidden[members.get(0)] = false;
            return;
        }
        List<NarrativeEntry> entries = new ArrayList<>();
        for (int i : members) {
            entries.add(narrative.get(i));
        }
        summaryAfter.put(members.get(members.size() - 1), entries);
    }

    /** "...and 23 more refusals by Azerbaijan over 30 days (days 120-149): 31 units in all (Farukh/Parukh heights 19; ...)" */
    static String summarise(List<NarrativeEntry> repeats, String actor, Geography geography) {
        NarrativeEntry first = repeats.get(0);
        int from = first.step();
        int to = repeats.get(repeats.size() - 1).step();
        int units = 0;
        Map<String, Integer> byPlace = new LinkedHashMap<>();
        for (NarrativeEntry e : repeats) {
            units += e.facts().count();
            for (Cell c : e.facts().places()) {
                byPlace.merge(placeLabel(geography, c), 1, Integer::sum);
            }
        }
        String what = first.kind() == NarrativeKind.REFUSAL
                ? English.count(repeats.size(), "more refusal") + " by " + actor
                : English.count(repeats.size(), "more withdrawal demand") + " by " + actor;
        String days = from == to ? "on day " + from : "over " + (to - from + 1) + " days (days " + from + "-" + to + ")";
        StringBuilder s = new StringBuilder("...and " + what + " " + days);
        if (units > 0) {
            s.append(": ").append(English.count(units, "unit")).append(" in all");
            List<String> places = new ArrayList<>();
            byPlace.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue())
                    .forEach(p -> places.add(p.getKey() + " " + p.getValue()));
            if (!places.isEmpty()) {
                // Labels may hold commas ("peacekeepers' zone, open"), so places are set apart by semicolons.
                s.append(" (").append(String.join("; ", places)).append(")");
            }
        }
        return s.toString();
    }

    /** The entry's places by label, sorted: the same for a demand repeated at the same places. */
    private static String placesKey(NarrativeEntry e, Geography geography) {
        java.util.TreeSet<String> labels = new java.util.TreeSet<>();
        for (Cell c : e.facts().places()) {
            labels.add(placeLabel(geography, c));
        }
        return String.join(";", labels);
    }

    /** A cell's place without its coordinates: its region's label, else its legend label, else the cell. */
    private static String placeLabel(Geography g, Cell c) {
        String region = g.regionLabel(c.x(), c.y());
        if (!region.isEmpty()) {
            return region;
        }
        String legend = g.legendLabel(c.x(), c.y());
        return legend.isEmpty() ? c.toString() : legend;
    }
}
