package ceasefire.gui;

import ceasefire.agents.Mediator;
import ceasefire.model.ConflictModel;
import ceasefire.scenario.SideKey;

/**
 * The mediator as MASON's inspector shows it (double-click its badge in the legend): read from
 * the running model each time the inspector refreshes, so the agent itself carries no getters.
 */
public final class MediatorView {

    private final ConflictModel model;

    MediatorView(ConflictModel model) {
        this.model = model;
    }

    private Mediator mediator() {
        return model.mediator();
    }

    public String getName() {
        return mediator().name();
    }

    public double getAttention() {
        return model.parameters().mediator().attention();
    }

    public double getEffectiveness() {
        return model.parameters().mediator().effectiveness();
    }

    public double getImpartiality() {
        return model.parameters().mediator().impartiality();
    }

    public boolean getAttentiveToday() {
        return mediator().attentiveToday();
    }

    public int getReportsOnDesk() {
        return mediator().reportsOnDesk();
    }

    public String getTalks() {
        return mediator().talksHeld() + " held, " + mediator().talksSucceeded() + " succeeded";
    }

    public String getLastTalks() {
        int day = mediator().lastTalksDay();
        if (day < 0) {
            return "no talks yet";
        }
        return "day " + day + ": talks " + (mediator().lastTalksSucceeded() ? "succeeded" : "failed");
    }

    public String getRebukes() {
        return mediator().rebukes(SideKey.A) + " of side A, " + mediator().rebukes(SideKey.B) + " of side B";
    }

    @Override
    public String toString() {
        return mediator().name() + " (mediator)";
    }
}
