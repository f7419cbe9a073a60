package ceasefire.scenario;

import java.util.Map;
import java.util.Objects;

/** What a timeline event does. */
public sealed interface EventAction {

    /**
     * Set or scale scenario values from this day on ({@code set:} and {@code scale:}).
     *
     * @param changes human-readable changes, path to new value (e.g. {@code "x0.35 = 0.28"})
     * @param result  the scenario's parameters from this day on (its timeline is empty)
     */
    record ChangeParameters(Map<String, String> changes, Scenario result) implements EventAction {
        public ChangeParameters {
            changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
            Objects.requireNonNull(result, "result");
        }
    }

    /** New units for a side. */
    record ReinforceUnits(SideKey side, UnitGroupSpec group) implements EventAction {
        public ReinforceUnits {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(group, "group");
        }
    }

    /**
     * A side withdraws units: up to {@code count} of {@code kind} (null = any) from {@code from}
     * (a zone or region; empty = anywhere), those nearest the line first.
     */
    record WithdrawUnits(SideKey side, UnitKind kind, int count, String from) implements EventAction {
        public WithdrawUnits {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(from, "from");
            Checks.nonNegative("count", count);
        }
    }

    /** Peacekeepers arrive ({@code troops > 0}) or leave ({@code troops < 0}). */
    record ChangePeacekeepers(int troops) implements EventAction {
    }

    /** The mediator convenes talks this day whatever the escalation. */
    record ForceTalks() implements EventAction {
    }

    /** Both sides publicly recommit to the ceasefire: commitment returns to 1. */
    record Recommit() implements EventAction {
    }

    /**
     * A side orders {@code units} units of {@code kind}, those nearest the target first, to move
     * into region {@code to}; with {@code post} they set up a position there.
     */
    record Advance(SideKey side, UnitKind kind, int units, String to, boolean post) implements EventAction {
        public Advance {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(to, "to");
            Checks.positive("units", units);
        }
    }

    /**
     * A side orders {@code strikes} fire missions with {@code weapon} (artillery or drone_team)
     * against the other side's units in or nearest region {@code at}.
     */
    record Strike(SideKey side, UnitKind weapon, String at, int strikes) implements EventAction {
        public Strike {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(weapon, "weapon");
            Objects.requireNonNull(at, "at");
            Checks.positive("strikes", strikes);
        }
    }
}
