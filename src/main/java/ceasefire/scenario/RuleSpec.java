package ceasefire.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the ceasefire-compliance rule set, as configured. Each has an identifier used in
 * files and outputs, whether it is in force, and the severity weight of breaking it; numbers are
 * held to their declarations in {@link ParameterRegistry} ({@code rules.<id>.*}).
 */
public sealed interface RuleSpec {

    /** Identifier used under {@code rules:} and in {@code incidents.csv}. */
    String id();

    boolean enabled();

    double severity();

    /** No fire (of any weapon) against the other side across the line of contact. */
    record NoFireAcrossLine(boolean enabled, double severity) implements RuleSpec {
        public static final String ID = "no_fire_across_line";

        public NoFireAcrossLine {
            Checks.declared("rules." + ID + "." + "severity", severity);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** No armed unit may enter the listed zones (by default the peacekeeping zone and the buffer). */
    record NoZoneEntry(boolean enabled, double severity, List<String> zones) implements RuleSpec {
        public static final String ID = "no_zone_entry";

        public NoZoneEntry {
            Checks.declared("rules." + ID + "." + "severity", severity);
            zones = List.copyOf(zones);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** No new positions or observation posts forward of one's own side of the ceasefire line. */
    record NoForwardPositions(boolean enabled, double severity) implements RuleSpec {
        public static final String ID = "no_forward_positions";

        public NoForwardPositions {
            Checks.declared("rules." + ID + "." + "severity", severity);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** No heavy weapons (artillery) within {@code distance} cells of the line of contact. */
    record NoHeavyWeaponsNearLine(boolean enabled, double severity, int distance) implements RuleSpec {
        public static final String ID = "no_heavy_weapons_near_line";

        public NoHeavyWeaponsNearLine {
            Checks.declared("rules." + ID + "." + "severity", severity);
            Checks.declared("rules." + ID + "." + "distance", distance);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** No drone strikes at all. */
    record NoDroneStrikes(boolean enabled, double severity) implements RuleSpec {
        public static final String ID = "no_drone_strikes";

        public NoDroneStrikes {
            Checks.declared("rules." + ID + "." + "severity", severity);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** A unit told by peacekeepers to withdraw must do so. */
    record ComplyWithWithdrawal(boolean enabled, double severity) implements RuleSpec {
        public static final String ID = "comply_with_withdrawal";

        public ComplyWithWithdrawal {
            Checks.declared("rules." + ID + "." + "severity", severity);
        }

        @Override
        public String id() {
            return ID;
        }
    }

    /** Every rule identifier, in the order the reference lists them. */
    static List<String> ids() {
        return List.of(NoFireAcrossLine.ID, NoZoneEntry.ID, NoForwardPositions.ID, NoHeavyWeaponsNearLine.ID,
                NoDroneStrikes.ID, ComplyWithWithdrawal.ID);
    }

}
