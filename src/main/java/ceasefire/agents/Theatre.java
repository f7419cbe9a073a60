package ceasefire.agents;

import ceasefire.scenario.SideKey;

/**
 * The run as a command, the contingent and the mediator see it: the front their units act on,
 * where statements and counts go, the escalation the mediator reads and the other actors. The
 * model implements it; units see only the {@link Front}.
 */
public interface Theatre extends Front, Statements, Tallies {

    /** Escalation index at the end of the previous day, in [0, 1]. */
    double escalation();

    /** A side's command. */
    Military military(SideKey side);

    /** A fresh id for a unit about to be deployed (ids are unique across both sides). */
    int nextUnitId();
}
