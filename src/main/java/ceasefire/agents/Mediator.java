package ceasefire.agents;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEvent;
import ceasefire.scenario.MediatorSpec;
import ceasefire.scenario.SideKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The mediator (guarantor of the ceasefire). On days it pays attention it reads the
 * peacekeepers' verified reports of the past week, may rebuke the side blamed for the gravest
 * one, and convenes talks when escalation has risen past its threshold and its cooldown has
 * passed. Talks succeed with a chance that grows with its effectiveness and the sides' trust in
 * it and shrinks with their hostility; success lowers hostility and renews commitment.
 */
public final class Mediator {

    private MediatorSpec spec;
    private final List<Incident> desk = new ArrayList<>();
    private int lastTalksDay = Integer.MIN_VALUE / 2;
    private final int[] lastRebukeDay = {Integer.MIN_VALUE / 2, Integer.MIN_VALUE / 2};
    private final int[] rebukes = new int[2];
    private int talksHeld;
    private int talksSucceeded;
    private boolean attentiveToday;
    /** Whether the last talks succeeded, for the inspector. */
    private boolean lastTalksSucceeded;

    public Mediator(MediatorSpec spec) {
        this.spec = spec;
    }

    /** A verified violation reported by the peacekeepers. */
    public void receive(Incident incident) {
        desk.add(incident);
    }

    /** The mediator's turn of the day: its desk, a rebuke perhaps, talks perhaps. */
    public void step(Theatre m) {
        int day = m.day();
        desk.removeIf(i -> day - i.step() >= spec.reportMemory());
        attentiveToday = m.random().nextDouble() < spec.attention();
        if (!attentiveToday) {
            return;
        }
        if (spec.publicRebuke()) {
            for (SideKey side : SideKey.values()) {
                considerRebuke(m, side);
            }
        }
        if (m.escalation() >= spec.talksThreshold() && day - lastTalksDay >= spec.talksCooldown()) {
            convene(m, false);
        }
    }

    private void considerRebuke(Theatre m, SideKey side) {
        int day = m.day();
        if (day - lastRebukeDay[side.index()] < spec.rebukeCooldown()) {
            return;
        }
        Incident worst = null;
        for (Incident i : desk) {
            if (i.attributedTo() == side && i.severity() >= spec.rebukeThreshold()
                    && (worst == null || i.severity() + i.casualties() > worst.severity() + worst.casualties())) {
                worst = i;
            }
        }
        if (worst == null) {
            return;
        }
        for (Iterator<Incident> it = desk.iterator(); it.hasNext();) {
            if (it.next().attributedTo() == side) {
                it.remove();
            }
        }
        Military target = m.military(side);
        Military other = m.military(side.other());
        boolean first = rebukes[side.index()] == 0;
        rebukes[side.index()]++;
        lastRebukeDay[side.index()] = day;
        m.narrate(new NarrativeEvent.Rebuke(side, worst, first));
        target.rebuked(m, other, worst);
        other.vindicated(m);
    }

    /** Talks with both leaders; {@code forced} when the timeline calls them. */
    public void convene(Theatre m, boolean forced) {
        Military a = m.military(SideKey.A);
        Military b = m.military(SideKey.B);
        lastTalksDay = m.day();
        talksHeld++;
        double p = Equations.talksSuccess(spec.effectiveness(), a.trust(), b.trust(), a.hostility(), b.hostility());
        boolean success = m.random().nextDouble() < p;
        var dyn = m.parameters().dynamics();
        // The mediator decides on the index of the day before (today's is computed at the end of
        // the day), so the narrative, dated today, says so.
        var talks = new NarrativeEvent.Talks(success, forced, m.escalation());
        if (success) {
            talksSucceeded++;
            a.afterTalks(dyn.talksRelief(), spec.effectiveness());
            b.afterTalks(dyn.talksRelief(), spec.effectiveness());
        }
        m.narrate(talks);
        lastTalksSucceeded = success;
        m.countTalks(success);
    }

    /** New parameters mid-run. */
    public void reconfigure(MediatorSpec next) {
        spec = next;
    }

    public String name() {
        return spec.name();
    }

    public double attention() {
        return spec.attention();
    }

    public int talksHeld() {
        return talksHeld;
    }

    public int talksSucceeded() {
        return talksSucceeded;
    }

    /** Whether it paid attention today. */
    public boolean attentiveToday() {
        return attentiveToday;
    }

    /** Verified reports on its desk, waiting to be rebuked or to expire. */
    public int reportsOnDesk() {
        return desk.size();
    }

    /** The day of the last talks, or -1 before any. */
    public int lastTalksDay() {
        return lastTalksDay < 0 ? -1 : lastTalksDay;
    }

    /** Whether the last talks succeeded (false before any). */
    public boolean lastTalksSucceeded() {
        return lastTalksSucceeded;
    }

    /** Public rebukes of a side so far. */
    public int rebukes(SideKey side) {
        return rebukes[side.index()];
    }

    @Override
    public String toString() {
        return spec.name() + " (mediator)";
    }
}
