package ceasefire.sweep;

import java.util.Map;

/**
 * Human labels for the parameters, metrics and daily series that charts and the console show
 * (CSV headers keep the raw paths). The one place to point at the parameter registry once it
 * exists: {@link #parameter} is then its {@code label(path)}.
 */
public final class Labels {

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("peacekeepers.troops", "peacekeeping troops"),
            Map.entry("peacekeepers.mandate", "peacekeepers' mandate"),
            Map.entry("mediator.attention", "mediator's attention (0 to 1)"),
            Map.entry("sides.A.aggressiveness", "side A aggressiveness (0 to 1)"),
            Map.entry("sides.B.aggressiveness", "side B aggressiveness (0 to 1)"),
            Map.entry("sides.A.discipline", "side A discipline (0 to 1)"),
            Map.entry("sides.B.discipline", "side B discipline (0 to 1)"),
            Map.entry("sides.A.retaliation", "side A retaliation (0 to 1)"),
            Map.entry("sides.B.retaliation", "side B retaliation (0 to 1)"),
            Map.entry("sides.A.ambition", "side A ambition (0 to 1)"),
            Map.entry("sides.B.ambition", "side B ambition (0 to 1)"),
            Map.entry("run.days", "days run"));

    private static final Map<String, String> SERIES = Map.of(
            "incidents", "incidents that day",
            "incidents_to_date", "incidents to date",
            "casualties", "casualties that day",
            "escalation", "escalation index (0 to 1)",
            "hostility_a", "hostility of side A (0 to 1)",
            "hostility_b", "hostility of side B (0 to 1)");

    private Labels() {
    }

    /** A parameter's label, or its path when it has none yet. */
    public static String parameter(String path) {
        return PARAMETERS.getOrDefault(path, path);
    }

    /** A metric's label (with its unit or range). */
    public static String metric(String name) {
        return Metrics.label(name);
    }

    /** A daily series' label. */
    public static String series(String name) {
        return SERIES.getOrDefault(name, name);
    }
}
