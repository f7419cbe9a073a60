package ceasefire.gui;

import ceasefire.agents.Deed;
import ceasefire.agents.Unit;
import ceasefire.output.English;
import ceasefire.scenario.Geography;

/**
 * A unit as MASON's inspector shows it (double-click it on the map): read from the unit each
 * time the inspector refreshes, so the agent itself carries no getters for the GUI.
 */
public final class UnitView {

    private final Unit unit;
    private final Geography geography;

    UnitView(Unit unit, Geography geography) {
        this.unit = unit;
        this.geography = geography;
    }

    public String getSide() {
        return unit.command().name() + " (" + unit.side() + ")";
    }

    public String getKind() {
        return unit.kind().label();
    }

    public String getPosture() {
        return unit.posture().words();
    }

    public String getStrength() {
        return unit.strength() + " of " + unit.initialStrength();
    }

    public String getCell() {
        return "(" + unit.x() + ", " + unit.y() + ")";
    }

    /** The side's hostility, to three decimals. */
    public double getHostility() {
        return Math.round(unit.command().hostility() * 1000) / 1000.0;
    }

    /** Provocation today, to three decimals. */
    public double getProvocation() {
        return Math.round(unit.provocationToday() * 1000) / 1000.0;
    }

    public String getLastAction() {
        return words(unit.lastAction(), geography);
    }

    /** A unit's last deed in the inspector's words: "day 12: fired on Azerbaijan's artillery at ..., 2 casualties". */
    static String words(Deed d, Geography g) {
        if (d == null) {
            return "none yet";
        }
        String what = switch (d.kind()) {
            case FIRED -> "fired on " + target(d, g);
            case DRONE_STRIKE -> "drone strike on " + target(d, g);
            case BOMBARDED_AFTER_PROVOCATION -> "bombarded " + g.placeName(d.x(), d.y()) + " as ordered after a provocation, "
                    + English.count(d.casualties(), "casualty");
            case ORDERED_STRIKE -> "ordered strike on " + g.placeName(d.x(), d.y()) + ", " + English.count(d.casualties(), "casualty");
            case CANNOT_COMPLY -> "would withdraw as peacekeepers demanded, but has no passable way back";
            case BEGAN_WITHDRAWING -> "began withdrawing as peacekeepers demanded";
            case REFUSED_WITHDRAWAL -> "refused the peacekeepers' demand to withdraw";
            case BACK_ON_OWN_SIDE -> "back on its own side of the line";
            case NO_WAY_HOME -> "has no passable way back to its own ground";
            case WITHDRAWAL_HELD_UP -> "withdrawal held up (the way back is blocked today)";
            case ADVANCE_STALLED -> "advance on " + d.zone() + " stalled";
            case ADVANCE_BLOCKED -> "advance on " + d.zone() + " blocked by interposing peacekeepers";
            case ADVANCING -> "advancing on " + d.zone() + " under orders";
            case SET_UP_POSITION -> "set up a position at " + g.placeName(d.x(), d.y());
            case PROBED_FORWARD -> "probed forward to " + g.placeName(d.x(), d.y());
            case MOVED_GUNS_UP -> "moved guns up to " + g.placeName(d.x(), d.y());
        };
        return "day " + d.day() + ": " + what;
    }

    private static String target(Deed d, Geography g) {
        return d.targetName() + "'s " + d.targetKind().label() + " at " + g.placeName(d.x(), d.y()) + ", "
                + English.count(d.casualties(), "casualty");
    }

    public String getOrders() {
        String zone = unit.orderZone();
        if (zone == null) {
            return unit.withdrawing() ? "withdraw to own side" : "none";
        }
        return "advance on " + zone + (unit.orderedToPost() ? " and set up a post" : "");
    }

    @Override
    public String toString() {
        return unit.toString();
    }
}
