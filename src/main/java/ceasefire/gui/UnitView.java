package ceasefire.gui;

import ceasefire.agents.Unit;

/**
 * A unit as MASON's inspector shows it (double-click it on the map): read from the unit each
 * time the inspector refreshes, so the agent itself carries no getters for the GUI.
 */
public final class UnitView {

    private final Unit unit;

    UnitView(Unit unit) {
        this.unit = unit;
    }

    public String getSide() {
        return unit.command().name() + " (" + unit.side() + ")";
    }

    public String getKind() {
        return unit.kind().yamlName().replace('_', ' ');
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
        return unit.lastAction();
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
