package ceasefire.model;

import ceasefire.agents.Mediator;
import ceasefire.agents.Military;
import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Theatre;
import ceasefire.events.NarrativeKind;
import ceasefire.scenario.EventAction;
import ceasefire.scenario.EventSpec;
import ceasefire.scenario.ScenarioDiff;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scenario's timeline, carried out: each day, the events dated that day, in file order, each
 * announced by its title and then its actions (parameter changes, reinforcements, withdrawals,
 * peacekeepers' troops, talks, shocks, recommitments, advances and strikes). A change of
 * parameters goes to {@code reconfigure}; everything else goes to the actors, through the
 * {@link Theatre} they act in.
 */
final class Timeline {

    private final List<EventSpec> events;
    private final Theatre theatre;
    private final Military[] militaries;
    private final PeacekeepingContingent contingent;
    private final Mediator mediator;
    private final Consumer<ScenarioDiff> reconfigure;

    Timeline(List<EventSpec> events, Theatre theatre, Military[] militaries, PeacekeepingContingent contingent, Mediator mediator,
             Consumer<ScenarioDiff> reconfigure) {
        this.events = events;
        this.theatre = theatre;
        this.militaries = militaries;
        this.contingent = contingent;
        this.mediator = mediator;
        this.reconfigure = reconfigure;
    }

    /** Carries out the events of {@code day}. */
    void run(int day) {
        for (EventSpec e : events) {
            if (e.day() != day) {
                continue;
            }
            if (!e.title().isEmpty()) {
                theatre.narrate(e.actor(), NarrativeKind.EVENT, e.title());
            }
            for (EventAction a : e.actions()) {
                apply(e, a);
            }
        }
    }

    private void apply(EventSpec e, EventAction action) {
        var params = theatre.parameters();
        if (action instanceof EventAction.ChangeParameters c) {
            reconfigure.accept(new ScenarioDiff(params, c.result(), c.changes().keySet(), ScenarioDiff.Origin.TIMELINE));
            theatre.narrate(e.actor(), NarrativeKind.EVENT, "parameters change: " + describe(c.changes()));
        } else if (action instanceof EventAction.ReinforceUnits r) {
            int n = militaries[r.side().index()].deploy(theatre, r.group()).size();
            theatre.narrate(params.side(r.side()).name(), NarrativeKind.ORDER, "brings in " + n + " " + r.group().kind().yamlName().replace('_', ' ')
                    + " unit" + (n == 1 ? "" : "s"));
        } else if (action instanceof EventAction.WithdrawUnits w) {
            int n = militaries[w.side().index()].withdrawUnits(theatre, w.kind(), w.count(), w.from());
            theatre.narrate(params.side(w.side()).name(), NarrativeKind.ORDER, "withdraws " + n + " unit" + (n == 1 ? "" : "s")
                    + (w.from().isEmpty() ? "" : " from " + w.from()) + " from the theatre");
        } else if (action instanceof EventAction.ChangePeacekeepers p) {
            contingent.changeTroops(theatre, p.troops());
            theatre.narrate(contingent.name(), NarrativeKind.EVENT, (p.troops() >= 0 ? contingent.verb("receive") + " " + p.troops() + " more troops"
                    : contingent.verb("send") + " " + -p.troops() + " troops home") + "; now " + contingent.troops());
        } else if (action instanceof EventAction.ForceTalks) {
            mediator.convene(theatre, true);
        } else if (action instanceof EventAction.Shock sh) {
            militaries[sh.side().index()].shock(sh.hostility(), sh.grievance());
        } else if (action instanceof EventAction.Recommit r) {
            militaries[0].recommit(r.verification(), r.hotline(), r.duration(), r.hostilityCut());
            militaries[1].recommit(r.verification(), r.hotline(), r.duration(), r.hostilityCut());
            // A timeline event is printed without its actor, so the sentence names both sides itself.
            String both = params.a().name() + " and " + params.b().name();
            theatre.narrate(both, NarrativeKind.EVENT, both + " publicly recommit to the ceasefire");
        } else if (action instanceof EventAction.Advance adv) {
            int n = militaries[adv.side().index()].orderAdvance(theatre, adv.kind(), adv.units(), adv.to(), adv.post());
            theatre.narrate(params.side(adv.side()).name(), NarrativeKind.ORDER, "orders " + n + " " + adv.kind().yamlName().replace('_', ' ')
                    + " unit" + (n == 1 ? "" : "s") + " to advance on " + theatre.regionLabel(adv.to()) + (adv.post() ? " and set up a post there" : ""));
        } else if (action instanceof EventAction.Strike st) {
            militaries[st.side().index()].orderStrike(st.weapon(), st.at(), st.strikes());
            theatre.narrate(params.side(st.side()).name(), NarrativeKind.ORDER, "orders " + st.strikes() + " "
                    + (st.weapon() == UnitKind.DRONE_TEAM ? "drone" : "artillery") + " strike" + (st.strikes() == 1 ? "" : "s")
                    + " on " + theatre.regionLabel(st.at()));
        } else {
            throw new IllegalStateException("unhandled event action " + action);
        }
    }

    private static String describe(Map<String, String> changes) {
        List<String> parts = new ArrayList<>();
        changes.forEach((k, v) -> parts.add(k + " " + (v.startsWith("x") ? v : "= " + v)));
        return String.join(", ", parts);
    }
}
