package ceasefire.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Human labels and units for parameter paths, for chart titles, axes, legends and reports (raw
 * paths stay in CSV headers). A declared parameter's label, unit and axis label are its
 * declaration's ({@link ParameterSpec#label}, {@link ParameterSpec#shownUnit},
 * {@link ParameterSpec#axisLabel}); the words below only name what the registry does not
 * declare (a unit group's count, a timeline shock's share), from the path's own keys.
 */
public final class Labels {

    private Labels() {
    }

    /**
     * Units by the last key of a path the registry does not declare: a unit group's count and
     * strength (at the start, reinforced or withdrawn). Every declared path has its unit from the
     * registry.
     */
    private static final Map<String, String> UNITS = Map.of("count", "units", "strength", "people per unit");

    /** Undeclared shares in [0, 1] without a unit of their own: a timeline shock's. */
    private static final List<String> SHARES = List.of("hostility", "grievance");

    /** "B: aggressiveness", "Peacekeepers: troops", "side A: units 0 count", "rule no drone strikes: enabled". */
    public static String label(String path) {
        Optional<ParameterSpec> declared = ParameterRegistry.find(path);
        if (declared.isPresent()) {
            return declared.get().label();
        }
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
        Optional<ParameterSpec> declared = ParameterRegistry.find(path);
        if (declared.isPresent()) {
            return declared.get().shownUnit();
        }
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        String u = UNITS.get(last);
        if (u != null) {
            return u;
        }
        return SHARES.contains(last) ? "0 to 1" : "";
    }

    /** An axis label: the label with its unit, "Peacekeepers: troops (people)". */
    public static String axis(String path) {
        Optional<ParameterSpec> declared = ParameterRegistry.find(path);
        if (declared.isPresent()) {
            return declared.get().axisLabel();
        }
        String u = unit(path);
        return u.isEmpty() ? label(path) : label(path) + " (" + u + ")";
    }

    private static String words(String key) {
        return key.replace('_', ' ').replaceAll("\\[(\\d+)]", " $1");
    }
}
