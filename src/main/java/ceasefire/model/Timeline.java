package ceasefire.model;

import ceasefire.agents.Mediator;
import ceasefire.agents.Military;
import ceasefire.agents.PeacekeepingContingent;
import ceasefire.agents.Theatre;
import ceasefire.events.NarrativeEvent;
import ceasefire.scenario.EventAction;
import ceasefire.scenario.EventSpec;
import ceasefire.scenario.ScenarioDiff;
import java.util.List;
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
                theatre.narrate(new NarrativeEvent.TimelineNote(e.actor(), e.title()));
            }
            for (EventAction a : e.actions()) {
                apply(e, a);
            }
        }
    }

    private void apply(EventSpec e, EventAction action) {
        if (action instanceof EventAction.ChangeParameters c) {
            reconfigure.accept(new ScenarioDiff(theatre.parameters(), c.result(), c.changes().keySet(), ScenarioDiff.Origin.TIMELINE));
            theatre.narrate(new NarrativeEvent.ParametersChanged(e.actor(), c.changes()));
        } else if (action instanceof EventAction.ReinforceUnits r) {
            int n = militaries[r.side().index()].deploy(theatre, r.group()).size();
            theatre.narrate(new NarrativeEvent.Reinforcement(r.side(), r.group().kind(), n));
        } else if (action instanceof EventAction.WithdrawUnits w) {
            int n = militaries[w.side().index()].withdrawUnits(theatre, w.kind(), w.count(), w.from());
            theatre.narrate(new NarrativeEvent.UnitsWithdrawn(w.side(), n, w.from()));
        } else if (action instanceof EventAction.ChangePeacekeepers p) {
            contingent.changeTroops(theatre, p.troops());
            theatre.narrate(new NarrativeEvent.TroopsChanged(p.troops(), contingent.troops()));
        } else if (action instanceof EventAction.ForceTalks) {
            mediator.convene(theatre, true);
        } else if (action instanceof EventAction.Shock sh) {
            militaries[sh.side().index()].shock(sh.hostility(), sh.grievance());
        } else if (action instanceof EventAction.Recommit r) {
            militaries[0].recommit(r.verification(), r.hotline(), r.duration(), r.hostilityCut());
            militaries[1].recommit(r.verification(), r.hotline(), r.duration(), r.hostilityCut());
            theatre.narrate(new NarrativeEvent.Recommitment());
        } else if (action instanceof EventAction.Advance adv) {
            int n = militaries[adv.side().index()].orderAdvance(theatre, adv.kind(), adv.units(), adv.to(), adv.post());
            theatre.narrate(new NarrativeEvent.AdvanceOrdered(adv.side(), adv.kind(), n, adv.to(), adv.post()));
        } else if (action instanceof EventAction.Strike st) {
            militaries[st.side().index()].orderStrike(st.weapon(), st.at(), st.strikes());
            theatre.narrate(new NarrativeEvent.StrikesOrdered(st.side(), st.weapon(), st.strikes(), st.at()));
        } else {
            throw new IllegalStateException("unhandled event action " + action);
        }
    }
}
