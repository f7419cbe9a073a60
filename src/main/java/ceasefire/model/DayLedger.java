package ceasefire.model;

import ceasefire.agents.Mediator;
import ceasefire.agents.Military;
import ceasefire.agents.PeacekeepingContingent;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeKind;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.SideKey;
import java.util.Arrays;

/**
 * The day's ledger: today's tallies (incidents, violations, severity, casualties, talks) for the
 * day's record, and the run's running totals ({@link RunStatistics}) that every count also feeds.
 * The model writes to it as things happen and closes the day with {@link #record} and
 * {@link #reset}.
 */
final class DayLedger {

    private final RunStatistics stats = new RunStatistics();
    private int incidents;
    private int violations;
    private final int[] bySide = new int[2];
    private int detected;
    private double severity;
    private final int[] casualties = new int[2];
    private final int[][] byType = new int[2][IncidentType.values().length];
    private boolean talks;

    /** An incident: counted today and in the run's totals. */
    void incident(Incident i) {
        stats.incident(i);
        int side = i.perpetrator().index();
        incidents++;
        violations += i.violations();
        bySide[side]++;
        byType[side][i.type().ordinal()]++;
        severity += i.severity();
        if (i.detected()) {
            detected++;
        }
    }

    /** Casualties suffered by a side. */
    void casualties(SideKey side, int n) {
        casualties[side.index()] += n;
        stats.casualties(side, n);
    }

    void talks(boolean success) {
        stats.talks(success);
        talks = true;
    }

    void demands(int n) {
        stats.withdrawalDemands(n);
    }

    void withdrawals(int withdrawals, int refusals) {
        stats.withdrawals(withdrawals);
        stats.refusals(refusals);
    }

    /** A narrative entry (accusations, denials and rebukes are counted from the narrative). */
    void narrative(NarrativeKind kind) {
        stats.narrative(kind);
    }

    /** Today's weight of violence: the severity of today's incidents plus {@code casualtyWeight} per casualty. */
    double weight(double casualtyWeight) {
        return severity + casualtyWeight * (casualties[0] + casualties[1]);
    }

    /** The day's escalation, counted in the run's totals. */
    void day(double escalation, EscalationLevel level, boolean openWar) {
        stats.day(escalation, level, openWar);
    }

    /** The record of the day: today's tallies and the actors' state at its end. */
    DayRecord record(int day, Military a, Military b, double escalation, EscalationLevel level, PeacekeepingContingent contingent,
                     Mediator mediator) {
        return new DayRecord(day, incidents, bySide[0], bySide[1], detected, severity,
                casualties[0], casualties[1], a.hostility(), b.hostility(), escalation, level, a.commitment(), b.commitment(),
                a.liveUnits(), b.liveUnits(), a.personnel(), b.personnel(), a.forwardUnits(), b.forwardUnits(), contingent.troops(),
                contingent.patrolCount(), mediator.attention(), talks, byType, violations);
    }

    /** The run's summary so far. */
    RunSummary summary(int daysPlanned, double finalEscalation, double hostilityA, double hostilityB, int collapseDay) {
        return stats.summary(daysPlanned, finalEscalation, hostilityA, hostilityB, collapseDay);
    }

    /** A new day: today's tallies back to zero (the run's totals stay). */
    void reset() {
        incidents = 0;
        violations = 0;
        bySide[0] = 0;
        bySide[1] = 0;
        detected = 0;
        severity = 0;
        casualties[0] = 0;
        casualties[1] = 0;
        for (int[] row : byType) {
            Arrays.fill(row, 0);
        }
        talks = false;
    }
}
