package ceasefire.gui;

import ceasefire.model.DayRecord;
import ceasefire.events.Incident;
import ceasefire.model.RunObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * The incidents of the last few days, for the map to mark as they happen and fade out. Fed on
 * the model's thread and read while the display paints; MASON holds the schedule lock for both,
 * so a plain list is safe.
 */
final class IncidentTrail implements RunObserver {

    /** Days an incident stays on the map, fading. */
    static final int FADE_DAYS = 5;

    private final List<Incident> recent = new ArrayList<>();

    @Override
    public void incident(Incident incident) {
        recent.add(incident);
    }

    @Override
    public void day(DayRecord record) {
        int oldest = record.step() - FADE_DAYS + 1;
        recent.removeIf(i -> i.step() < oldest);
    }

    void clear() {
        recent.clear();
    }

    /** Incidents still shown, oldest first. */
    List<Incident> recent() {
        return recent;
    }

    /**
     * How strongly an incident of {@code step} shows on {@code today} (the last day run): 1 on
     * its own day, fading linearly to a faint trace on the last day it is shown.
     */
    static double opacity(int step, int today) {
        int age = today - step;
        if (age < 0) {
            return 1;
        }
        if (age >= FADE_DAYS) {
            return 0;
        }
        return 1 - 0.8 * age / (double) (FADE_DAYS - 1);
    }
}
