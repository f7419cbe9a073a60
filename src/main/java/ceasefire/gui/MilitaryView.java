package ceasefire.gui;

import ceasefire.agents.Military;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;

/**
 * A side's command as MASON's inspector shows it (double-click its badge in the legend), read
 * from the running model each time the inspector refreshes; shares to three decimals.
 */
public final class MilitaryView {

    private final ConflictModel model;
    private final SideKey side;

    MilitaryView(ConflictModel model, SideKey side) {
        this.model = model;
        this.side = side;
    }

    private Military military() {
        return model.military(side);
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    public String getName() {
        return military().name();
    }

    public double getHostility() {
        return rounded(military().hostility());
    }

    public double getCommitment() {
        return rounded(military().commitment());
    }

    public double getHoldFireOrder() {
        return rounded(military().holdFire());
    }

    public double getTrustInMediator() {
        return rounded(military().trust());
    }

    public int getUnits() {
        return military().liveUnits();
    }

    public String getDrones() {
        int s = military().stockOf(UnitKind.DRONE_TEAM);
        return s < 0 ? "unlimited" : Integer.toString(s);
    }

    @Override
    public String toString() {
        return military().toString();
    }
}
