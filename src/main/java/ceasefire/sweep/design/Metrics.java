package ceasefire.sweep.design;

import ceasefire.model.RunSummary;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import java.util.List;
import java.util.Map;

/**
 * The metrics a sweep can collect: exactly the names {@link RunSummary#metrics()} gives, a default
 * set for sweeps that name none, and readable labels for charts.
 */
public final class Metrics {

    /** Collected when a sweep file names no metrics. */
    public static final List<String> DEFAULT = List.of("incidents", "incidents_a", "incidents_b", "detection_rate", "casualties",
            "peak_escalation", "collapsed", "collapse_day", "talks_held");

    private static final List<String> ALL = List.copyOf(zero().metrics().keySet());

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("incidents", "incidents (count)"),
            Map.entry("incidents_a", "incidents by side A (count)"),
            Map.entry("incidents_b", "incidents by side B (count)"),
            Map.entry("detected", "incidents detected (count)"),
            Map.entry("detection_rate", "share of incidents detected"),
            Map.entry("severity", "total severity"),
            Map.entry("casualties", "casualties (both sides)"),
            Map.entry("casualties_a", "casualties of side A"),
            Map.entry("casualties_b", "casualties of side B"),
            Map.entry("peak_escalation", "peak escalation index (0 to 1)"),
            Map.entry("mean_escalation", "mean escalation index (0 to 1)"),
            Map.entry("final_escalation", "final escalation index (0 to 1)"),
            Map.entry("final_hostility_a", "final hostility of side A (0 to 1)"),
            Map.entry("final_hostility_b", "final hostility of side B (0 to 1)"),
            Map.entry("collapsed", "share of runs where the ceasefire collapsed"),
            Map.entry("collapse_day", "day of collapse (runs that collapsed)"),
            Map.entry("days_at_open_war", "days at open war"),
            Map.entry("talks_held", "talks held"),
            Map.entry("talks_succeeded", "talks that succeeded"),
            Map.entry("rebukes", "public rebukes"),
            Map.entry("accusations", "accusations"),
            Map.entry("denials", "denials"),
            Map.entry("withdrawal_demands", "withdrawal demands"),
            Map.entry("refusals", "refusals to withdraw"),
            Map.entry("reciprocal_incidents", "reciprocal incidents"),
            Map.entry("days_run", "days run"));

    private Metrics() {
    }

    /** Every metric name, in {@link RunSummary#metrics()} order. */
    public static List<String> all() {
        return ALL;
    }

    public static boolean exists(String name) {
        return ALL.contains(name);
    }

    /** Yes/no metrics are summarised as proportions with Wilson intervals. */
    public static boolean isBinary(String name) {
        return RunSummary.isBinary(name);
    }

    /** Metrics that are shares or indices in [0, 1]. */
    private static final java.util.Set<String> UNIT = java.util.Set.of("detection_rate", "peak_escalation", "mean_escalation",
            "final_escalation", "final_hostility_a", "final_hostility_b", "collapsed");

    /** The smallest value a metric can take: every metric is a count, a day, a total or a share, so 0. */
    public static double lower(String name) {
        return 0;
    }

    /** The largest value a metric can take: 1 for shares and indices, else unbounded. */
    public static double upper(String name) {
        return UNIT.contains(name) ? 1 : Double.POSITIVE_INFINITY;
    }

    /** An axis label for a metric. */
    public static String label(String name) {
        String l = LABELS.get(name);
        if (l != null) {
            return l;
        }
        return name.startsWith("incidents_") ? "incidents: " + name.substring("incidents_".length()).replace('_', ' ') + " (count)" : name;
    }

    /** A metric's name for titles: its label without the unit, capitalised ("Share of incidents detected"). */
    public static String name(String metric) {
        String l = label(metric).replaceAll(" \\([^)]*\\)$", "");
        return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /**
     * A summary of a run in which nothing happened. Only its metric names are used: they are
     * needed to check a sweep file before anything runs.
     */
    private static RunSummary zero() {
        int types = IncidentType.values().length;
        return new RunSummary(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, EscalationLevel.CALM, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                new int[types], new int[2][types], 0);
    }
}
