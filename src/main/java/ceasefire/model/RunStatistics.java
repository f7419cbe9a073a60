package ceasefire.model;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeKind;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.SideKey;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Running totals of a run in constant memory (sweeps keep no incident lists), turned into a
 * {@link RunSummary} at the end.
 */
final class RunStatistics {

    private int incidents;
    private final int[] bySide = new int[2];
    private int detected;
    private int attributedCorrectly;
    private double severity;
    private final int[] casualties = new int[2];
    private double peakEscalation;
    private EscalationLevel peakLevel = EscalationLevel.CALM;
    private double escalationSum;
    private int days;
    private int talksHeld;
    private int talksSucceeded;
    private int rebukes;
    private int accusations;
    private int denials;
    private int withdrawalDemands;
    private int withdrawals;
    private int refusals;
    private int reciprocal;
    private int daysAtOpenWar;
    private int violations;
    private final int[] byType = new int[IncidentType.values().length];
    private final int[][] bySideType = new int[2][IncidentType.values().length];
    /** Each side's incidents of the last few days (for reciprocity), oldest first; A then B. */
    private final List<ArrayDeque<Incident>> recent = List.of(new ArrayDeque<>(), new ArrayDeque<>());

    /** Counts an incident (replies within {@link RunSummary#RECIPROCITY_RADIUS} cells count as reciprocal). */
    void incident(Incident i) {
        int s = i.perpetrator().index();
        int other = i.perpetrator().other().index();
        incidents++;
        violations += i.violations();
        bySide[s]++;
        byType[i.type().ordinal()]++;
        bySideType[s][i.type().ordinal()]++;
        if (i.detected()) {
            detected++;
            if (i.attributedCorrectly()) {
                attributedCorrectly++;
            }
        }
        severity += i.severity();
        if (isReply(i, recent.get(other), RunSummary.RECIPROCITY_RADIUS)) {
            reciprocal++;
        }
        ArrayDeque<Incident> mine = recent.get(s);
        mine.addLast(i);
        while (!mine.isEmpty() && i.step() - mine.peekFirst().step() > RunSummary.RECIPROCITY_WINDOW) {
            mine.removeFirst();
        }
    }

    /**
     * A reply: the other side broke the ceasefire within the last
     * {@link RunSummary#RECIPROCITY_WINDOW} days within the retaliation radius of this
     * incident. Local tit-for-tat, not just two busy sides.
     */
    private static boolean isReply(Incident i, ArrayDeque<Incident> theirs, int radius) {
        for (java.util.Iterator<Incident> it = theirs.descendingIterator(); it.hasNext();) {
            Incident t = it.next();
            if (i.step() - t.step() > RunSummary.RECIPROCITY_WINDOW) {
                break;
            }
            if (Math.max(Math.abs(t.x() - i.x()), Math.abs(t.y() - i.y())) <= radius) {
                return true;
            }
        }
        return false;
    }

    void casualties(SideKey side, int n) {
        casualties[side.index()] += n;
    }

    void day(double escalation, EscalationLevel level, boolean openWar) {
        days++;
        escalationSum += escalation;
        if (escalation > peakEscalation) {
            peakEscalation = escalation;
        }
        if (level.ordinal() > peakLevel.ordinal()) {
            peakLevel = level;
        }
        if (openWar) {
            daysAtOpenWar++;
        }
    }

    void narrative(NarrativeKind kind) {
        switch (kind) {
            case ACCUSATION -> accusations++;
            case DENIAL -> denials++;
            case REBUKE -> rebukes++;
            default -> {
                // other kinds are counted where they happen
            }
        }
    }

    void talks(boolean success) {
        talksHeld++;
        if (success) {
            talksSucceeded++;
        }
    }

    void withdrawalDemands(int n) {
        withdrawalDemands += n;
    }

    void withdrawals(int n) {
        withdrawals += n;
    }

    void refusals(int n) {
        refusals += n;
    }

    RunSummary summary(int daysPlanned, double finalEscalation, double hostilityA, double hostilityB, int collapseDay) {
        return new RunSummary(daysPlanned, days, incidents, bySide[0], bySide[1], detected, attributedCorrectly, severity,
                casualties[0], casualties[1], peakEscalation, peakLevel, days == 0 ? 0 : escalationSum / days,
                finalEscalation, hostilityA, hostilityB, collapseDay, talksHeld, talksSucceeded, rebukes, accusations,
                denials, withdrawalDemands, withdrawals, refusals, reciprocal, daysAtOpenWar, byType, bySideType, violations);
    }
}
