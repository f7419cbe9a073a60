package ceasefire.charts;

import ceasefire.model.DayRecord;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import java.util.ArrayList;
import java.util.List;

/** Made-up days of a run, for chart tests that need exact values rather than a simulation. */
final class Days {

    static final EscalationSpec LEVELS = new EscalationSpec(0.5, 1.0, 7, List.of(0.15, 0.3, 0.45, 0.6, 0.8), 14);

    private Days() {
    }

    static DayRecord day(int step, int casualtiesA, int casualtiesB, double hostilityA, double hostilityB, double escalation) {
        return new DayRecord(step, 0, 0, 0, 0, 0, casualtiesA, casualtiesB, hostilityA, hostilityB, escalation, EscalationLevel.CALM,
                0.5, 0.5, 10, 10, 100, 100, 0, 0, 0, 0, 0.5, false, new int[2][IncidentType.values().length], 0);
    }

    /** {@code n} days with the given hostility and escalation throughout, and no casualties. */
    static List<DayRecord> flat(int n, double hostilityA, double hostilityB, double escalation) {
        List<DayRecord> out = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            out.add(day(d, 0, 0, hostilityA, hostilityB, escalation));
        }
        return out;
    }
}
