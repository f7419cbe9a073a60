package ceasefire.model;

import ceasefire.agents.Equations;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;

/**
 * The escalation of the run: the smoothed weight of violence, the escalation index from both
 * sides' hostility and that weight ({@link Equations#escalationIndex}), its level, the run of
 * days at open war and the day the ceasefire collapsed. Updated once, at the end of each day.
 */
final class Escalation {

    private double smoothedSeverity;
    private double index;
    private EscalationLevel level = EscalationLevel.CALM;
    private boolean openWar;
    private int consecutiveOpenWar;
    private int collapseDay = -1;

    /** Before a run: index 0, calm, no collapse. */
    Escalation() {
    }

    /** At the start of a run: the index from the sides' starting hostility alone. */
    Escalation(double hostilityA, double hostilityB, EscalationSpec esc) {
        index = Equations.escalationIndex(hostilityA, hostilityB, 0, esc.hostilityWeight(), esc.intensityScale());
        level = esc.levelOf(index);
    }

    /**
     * The end of {@code day}: the day's weight of violence joins the smoothed weight, the index
     * and level follow the sides' hostility after their update, and enough consecutive days at
     * open war collapse the ceasefire.
     */
    void endOfDay(int day, double hostilityA, double hostilityB, double todayWeight, EscalationSpec esc) {
        smoothedSeverity = Equations.smooth(smoothedSeverity, todayWeight, esc.memoryDays());
        index = Equations.escalationIndex(hostilityA, hostilityB, smoothedSeverity, esc.hostilityWeight(), esc.intensityScale());
        level = esc.levelOf(index);
        openWar = index >= esc.openWarThreshold();
        consecutiveOpenWar = openWar ? consecutiveOpenWar + 1 : 0;
        if (collapseDay < 0 && consecutiveOpenWar >= esc.collapseDays()) {
            collapseDay = day;
        }
    }

    /** The escalation index, in [0, 1]. */
    double index() {
        return index;
    }

    EscalationLevel level() {
        return level;
    }

    /** Whether the index reached open war today. */
    boolean openWar() {
        return openWar;
    }

    /** Consecutive days at open war, today included. */
    int daysAtOpenWar() {
        return consecutiveOpenWar;
    }

    /** The day the ceasefire collapsed, or -1. */
    int collapseDay() {
        return collapseDay;
    }
}
