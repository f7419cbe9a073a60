package ceasefire.model;

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
}
