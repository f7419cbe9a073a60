package ceasefire.agents;

import ceasefire.events.Incident;
import ceasefire.rules.ActKind;
import ceasefire.scenario.SideKey;

/**
 * Where the agents' acts go to be judged, and their casualties to be counted. The model judges
 * each act against the rules in force; one that breaks a rule becomes an incident, which the
 * peacekeepers may detect and the other side perceives.
 */
public interface Incidents {

    /**
     * Judges an act of {@code actor} from (fromX, fromY) on (x, y); returns the incident, or null
     * when it broke no rule in force. {@code victim} is the side that suffered fire (null for
     * none); {@code ordered} whether the act carried out a timeline order.
     */
    Incident commit(Unit actor, ActKind kind, int fromX, int fromY, int x, int y, int casualties, SideKey victim, boolean ordered);

    /** Casualties suffered by a side (for the day's record and the run's totals). */
    void casualties(SideKey side, int n);
}
