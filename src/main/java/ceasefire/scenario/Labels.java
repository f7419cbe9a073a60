package ceasefire.scenario;

import java.util.List;
import java.util.Map;

/**
 * Human labels and units for parameter paths, for chart titles, axes, legends and reports (raw
 * paths stay in CSV headers). The one table of them: when the parameter registry (issue 7)
 * lands, {@link #label} and {@link #unit} should ask it instead.
 */
public final class Labels {

    private Labels() {
    }

    /** Units by the path's last key (the scenario reference's unit column). */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("troops", "people"), Map.entry("strength", "people per unit"), Map.entry("count", "units"),
            Map.entry("attention", "chance per day"), Map.entry("talks_cooldown", "days"), Map.entry("commitment_days", "days"),
            Map.entry("demand_interval", "days"), Map.entry("days", "days"), Map.entry("range", "cells"),
            Map.entry("sensor_radius", "cells"), Map.entry("patrol_speed", "cells per day"), Map.entry("severity", "severity points"),
            Map.entry("rebuke_threshold", "severity points"), Map.entry("talks_threshold", "escalation index"),
            Map.entry("lethality", "casualties per day of fire"), Map.entry("stock", "days of fire"),
            Map.entry("post_garrison", "people per post"), Map.entry("patrol_size", "people per patrol"),
            Map.entry("distance", "cells from the line"), Map.entry("cell_km", "km"));

    /** Shares in [0, 1] without a unit of their own. */
    private static final List<String> SHARES = List.of("hostility", "grievance", "commitment", "aggressiveness", "discipline", "retaliation",
            "ambition", "peacekeeper_sensitivity", "candour", "deterrence", "credibility", "attribution_accuracy", "effectiveness",
            "impartiality", "cover", "mobility", "open", "rough", "mountain", "urban", "road");

    /** "side B: aggressiveness", "peacekeepers: troops", "rule no drone strikes: enabled". */
    public static String label(String path) {
        String[] k = path.split("\\.");
        if (k.length >= 3 && k[0].equals("sides")) {
            return "side " + k[1] + ": " + words(String.join(" ", java.util.Arrays.copyOfRange(k, 2, k.length)));
        }
        if (k.length >= 3 && k[0].equals("rules")) {
            return "rule " + words(k[1]) + ": " + words(String.join(" ", java.util.Arrays.copyOfRange(k, 2, k.length)));
        }
        if (k.length >= 2) {
            return words(k[0]) + ": " + words(String.join(" ", java.util.Arrays.copyOfRange(k, 1, k.length)));
        }
        return words(path);
    }

    /** The unit ("people", "days", "0 to 1"), or "" when there is none to say. */
    public static String unit(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        String u = UNITS.get(last);
        if (u != null) {
            return u;
        }
        return SHARES.contains(last) ? "0 to 1" : "";
    }

    /** An axis label: the label with its unit, "peacekeepers: troops (people)". */
    public static String axis(String path) {
        String u = unit(path);
        return u.isEmpty() ? label(path) : label(path) + " (" + u + ")";
    }

    private static String words(String key) {
        return key.replace('_', ' ').replaceAll("\\[(\\d+)]", " $1");
    }
}
