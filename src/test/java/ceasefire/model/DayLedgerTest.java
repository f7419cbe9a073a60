package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ceasefire.events.Incident;
import ceasefire.events.NarrativeKind;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import org.junit.jupiter.api.Test;

/** The day's ledger: today's tallies start afresh every day, the run's totals keep everything. */
class DayLedgerTest {

    private static Incident fire(int day, SideKey by, double severity, int casualties, int violations, boolean detected) {
        return new Incident(day, 3, 4, IncidentType.ARTILLERY_FIRE, "no_fire", "no_fire", by, severity, casualties, by.other(),
                detected, detected ? by : null, 7, UnitKind.ARTILLERY, false, violations);
    }

    @Test
    void todaysWeightIsSeverityPlusWeightedCasualtiesAndResetsEachDay() {
        DayLedger ledger = new DayLedger();
        ledger.incident(fire(0, SideKey.A, 2.0, 4, 3, true));
        ledger.incident(fire(0, SideKey.B, 1.5, 0, 1, false));
        ledger.casualties(SideKey.B, 4);
        assertEquals(2.0 + 1.5 + 0.25 * 4, ledger.weight(0.25), 1e-12);
        ledger.reset();
        assertEquals(0.0, ledger.weight(0.25), 0.0, "a new day starts from nothing");
        ledger.casualties(SideKey.A, 2);
        assertEquals(1.0, ledger.weight(0.5), 1e-12);
    }

    @Test
    void theRunsTotalsOutliveTheDay() {
        DayLedger ledger = new DayLedger();
        ledger.incident(fire(0, SideKey.A, 2.0, 4, 3, true));
        ledger.casualties(SideKey.B, 4);
        ledger.talks(true);
        ledger.demands(2);
        ledger.withdrawals(1, 1);
        ledger.narrative(NarrativeKind.ACCUSATION);
        ledger.day(0.4, EscalationLevel.CALM, false);
        ledger.reset();
        ledger.incident(fire(1, SideKey.B, 1.0, 0, 1, false));
        ledger.day(0.2, EscalationLevel.CALM, false);
        RunSummary s = ledger.summary(10, 0.2, 0.3, 0.4, -1);
        assertEquals(2, s.incidents());
        assertEquals(1, s.incidentsA());
        assertEquals(1, s.incidentsB());
        assertEquals(1, s.detected());
        assertEquals(4, s.violations(), "3 for the exchange of fire, 1 for the other");
        assertEquals(4, s.casualtiesB());
        assertEquals(1, s.talksSucceeded());
        assertEquals(2, s.withdrawalDemands());
        assertEquals(1, s.refusals());
        assertEquals(1, s.accusations());
        assertEquals(2, s.daysRun());
        assertEquals(0.3, s.meanEscalation(), 1e-12);
    }
}
