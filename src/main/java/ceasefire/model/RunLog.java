package ceasefire.model;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps everything a run produces in memory (days, incidents, narrative): what a run directory
 * and its charts are written from. Sweeps do not attach one; they keep only the summary.
 */
public final class RunLog implements RunObserver {

    private final List<DayRecord> days = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<NarrativeEntry> narrative = new ArrayList<>();

    @Override
    public void incident(Incident incident) {
        incidents.add(incident);
    }

    @Override
    public void narrative(NarrativeEntry entry) {
        narrative.add(entry);
    }

    @Override
    public void day(DayRecord record) {
        days.add(record);
    }

    public List<DayRecord> days() {
        return Collections.unmodifiableList(days);
    }

    public List<Incident> incidents() {
        return Collections.unmodifiableList(incidents);
    }

    public List<NarrativeEntry> narrative() {
        return Collections.unmodifiableList(narrative);
    }
}
