package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.EscalationSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The escalation's day-end update: the level follows the index; enough days at open war in a row collapse the ceasefire, once. */
class EscalationTest {

    /** Hostility alone sets the index (weight 1), open war from 0.8, collapse after 3 days of it. */
    private static final EscalationSpec SPEC = new EscalationSpec(1.0, 1.0, 7, List.of(0.15, 0.3, 0.45, 0.6, 0.8), 3);

    @Test
    void beforeARunItIsCalmAndNothingHasCollapsed() {
        Escalation e = new Escalation();
        assertEquals(0.0, e.index(), 0.0);
        assertEquals(EscalationLevel.CALM, e.level());
        assertEquals(-1, e.collapseDay());
    }

    @Test
    void theStartingIndexIsTheHigherHostility() {
        Escalation e = new Escalation(0.2, 0.5, SPEC);
        assertEquals(0.5, e.index(), 1e-12);
        assertEquals(SPEC.levelOf(0.5), e.level());
    }

    @Test
    void onlyConsecutiveDaysAtOpenWarCollapseTheCeasefireAndOnlyOnce() {
        Escalation e = new Escalation(0.1, 0.1, SPEC);
        e.endOfDay(0, 0.9, 0.1, 0, SPEC);
        e.endOfDay(1, 0.9, 0.1, 0, SPEC);
        assertTrue(e.openWar());
        assertEquals(2, e.daysAtOpenWar());
        e.endOfDay(2, 0.5, 0.1, 0, SPEC);
        assertFalse(e.openWar());
        assertEquals(0, e.daysAtOpenWar(), "a day below open war breaks the run");
        for (int day = 3; day <= 5; day++) {
            e.endOfDay(day, 0.9, 0.9, 0, SPEC);
        }
        assertEquals(5, e.collapseDay(), "the third day in a row");
        e.endOfDay(6, 0.1, 0.1, 0, SPEC);
        e.endOfDay(7, 0.9, 0.9, 0, SPEC);
        e.endOfDay(8, 0.9, 0.9, 0, SPEC);
        e.endOfDay(9, 0.9, 0.9, 0, SPEC);
        assertEquals(5, e.collapseDay(), "a ceasefire collapses once");
        assertEquals(EscalationLevel.values()[EscalationLevel.values().length - 1], e.level());
    }
}
