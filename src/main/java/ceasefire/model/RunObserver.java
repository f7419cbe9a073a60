package ceasefire.model;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.scenario.ScenarioDiff;

/**
 * Receives what a run produces as it happens. Writers of run directories, the GUI's live charts
 * and tests all listen through this; the model never knows who is watching.
 */
public interface RunObserver {

    default void incident(Incident incident) {
    }

    default void narrative(NarrativeEntry entry) {
    }

    default void day(DayRecord record) {
    }

    /**
     * Parameters changed during the run (a timeline event, or the GUI), after the model has put
     * them in force; {@code diff} says what was set, from what to what, and by whom.
     */
    default void parametersChanged(ScenarioDiff diff) {
    }
}
