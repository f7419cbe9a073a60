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

    /**
     * Both sides publicly recommit to the ceasefire: commitment returns to 1, both sides' units
     * get a hold-fire order, hostility falls by {@code hostilityCut} and provocation is cleared.
     *
     * @param verification  how much of the other side's violations is verified (so does not erode the
     *                      hold-fire order), in [0, 1]
     * @param hotline       chance that a hotline stops a local incident from spreading, in [0, 1]
     * @param duration      expected duration (half-life) of the hold-fire order, in days
     * @param hostilityCut  share of each side's hostility the recommitment removes at once
     */
    record Recommit(double verification, double hotline, double duration, double hostilityCut) implements EventAction {
        /** A recommitment with nothing to enforce it: {@code recommit: true}. */
        public static final double DEFAULT_DURATION = 30;
        public static final double DEFAULT_CUT = 0.5;
        /** Longest expected duration a file may give, in days. */
        public static final double MAX_DURATION = 100_000;

        public Recommit {
            Checks.unit("verification", verification);
            Checks.unit("hotline", hotline);
            Checks.positive("duration", duration);
            Checks.unit("hostility_cut", hostilityCut);
        }

        public Recommit() {
            this(0, 0, DEFAULT_DURATION, DEFAULT_CUT);
        }
    }

    /**
     * A shock from outside (an attack elsewhere, a political decision): one side's hostility
     * and standing grievance rise at once by the given amounts (bounded to [0, 1]).
     */
    record Shock(SideKey side, double hostility, double grievance) implements EventAction {
        public Shock {
            Objects.requireNonNull(side, "side");
            if (!(hostility >= -1 && hostility <= 1) || !(grievance >= -1 && grievance <= 1)) {
                throw new IllegalArgumentException("a shock moves hostility and grievance by at most 1");
            }
        }
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
