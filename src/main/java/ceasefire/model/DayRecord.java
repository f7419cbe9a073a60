package ceasefire.model;

import ceasefire.events.Incident;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import java.util.Objects;

/**
 * The state of the run at the end of one day: a row of {@code timeseries.csv}. Casualties are
 * those each side suffered that day.
 *
 * @param incidentsByType incidents of the day per {@link IncidentType} ordinal, side A then B
 *                        ({@code [side][type]})
 * @param violations      violations of the day as the sides count them (an exchange of fire is
 *                        several; see {@link Incident#violations()})
 */
public record DayRecord(int step, int incidents, int incidentsA, int incidentsB, int detected, double severity,
                        int casualtiesA, int casualtiesB, double hostilityA, double hostilityB, double escalation,
                        EscalationLevel level, double commitmentA, double commitmentB, int unitsA, int unitsB,
                        long strengthA, long strengthB, int forwardUnitsA, int forwardUnitsB, int peacekeepers,
                        int patrols, double mediatorAttention, boolean talks, int[][] incidentsByType, int violations) {

    public DayRecord {
        Objects.requireNonNull(level, "level");
        int[][] copy = new int[2][];
        copy[0] = incidentsByType[0].clone();
        copy[1] = incidentsByType[1].clone();
        incidentsByType = copy;
    }

    /** Incidents of one type by one side (0 = A, 1 = B) on this day. */
    public int incidents(int side, IncidentType type) {
        return incidentsByType[side][type.ordinal()];
    }

    @Override
    public int[][] incidentsByType() {
        return new int[][] {incidentsByType[0].clone(), incidentsByType[1].clone()};
    }
}
