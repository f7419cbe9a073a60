package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.rules.IncidentType;
import ceasefire.scenario.Cell;
import ceasefire.scenario.EscalationLevel;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import ceasefire.scenario.UnitKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The narrative's wording, pinned per kind of event on the flagship's names and map: each
 * sentence here is one the flagship's or a variant's {@code narrative.txt} printed before the
 * narrative became data (issue 7), so a change of wording shows here first.
 */
class NarrativeEnglishTest {

    private static final Scenario FLAGSHIP = TestFiles.load(TestFiles.flagship());
    private static final NarrativeEnglish ENGLISH = new NarrativeEnglish(FLAGSHIP);
    private static final Cell NEAR_FARUKH = new Cell(50, 17);
    private static final Cell FARUKH = new Cell(51, 14);
    private static final Cell ZONE = new Cell(48, 28);

    private static Incident incident(IncidentType type, Cell at, SideKey by, int casualties) {
        return new Incident(114, at.x(), at.y(), type, "rule", "rule", by, 5, casualties, casualties > 0 ? by.other() : null, true, by, 1,
                UnitKind.INFANTRY, false);
    }

    private static final Incident DRONE_STRIKE = incident(IncidentType.DRONE_STRIKE, NEAR_FARUKH, SideKey.A, 3);
    private static final Incident INCURSION = incident(IncidentType.INCURSION, ZONE, SideKey.A, 0);
    private static final Incident ARTILLERY_FIRE = incident(IncidentType.ARTILLERY_FIRE, FARUKH, SideKey.B, 2);

    /** Events and the sentence each makes (with its actor, as narrative.txt prints it). */
    private static List<Object[]> pinned() {
        List<Object[]> p = new ArrayList<>();
        // the sides
        p.add(new Object[] {new NarrativeEvent.Accusation(SideKey.B, DRONE_STRIKE),
            "Armenia accuses Azerbaijan of a drone strike at Karabakh positions near Farukh (50,17) (3 casualties on Armenia's side)"});
        p.add(new Object[] {new NarrativeEvent.Accusation(SideKey.A, ARTILLERY_FIRE),
            "Azerbaijan accuses Armenia of artillery fire at Farukh/Parukh heights (51,14) (2 casualties on Azerbaijan's side)"});
        p.add(new Object[] {new NarrativeEvent.FabricatedAccusation(SideKey.A),
            "Azerbaijan accuses Armenia of shelling its positions (no such incident occurred)"});
        p.add(new Object[] {new NarrativeEvent.FabricationDenied(SideKey.B), "Armenia denies the accusation as a fabrication"});
        p.add(new Object[] {new NarrativeEvent.Acknowledgement(SideKey.A, INCURSION),
            "Azerbaijan acknowledges the incursion at (48,28: peacekeepers' zone, open) and promises an inquiry"});
        p.add(new Object[] {new NarrativeEvent.Denial(SideKey.A, INCURSION),
            "Azerbaijan denies any incursion at (48,28: peacekeepers' zone, open) and blames provocations by Armenia"});
        p.add(new Object[] {new NarrativeEvent.Regret(SideKey.A, INCURSION),
            "Azerbaijan regrets the incursion at (48,28: peacekeepers' zone, open) and says its inquiry continues"});
        p.add(new Object[] {new NarrativeEvent.RebukeDenied(SideKey.A, DRONE_STRIKE),
            "Azerbaijan denies breaking any provision of the ceasefire at Karabakh positions near Farukh (50,17)"});
        p.add(new Object[] {new NarrativeEvent.CounterDemand(SideKey.A),
            "Azerbaijan demands the withdrawal of Armenia's armed units from the area where the peacekeepers are deployed"});
        p.add(new Object[] {new NarrativeEvent.Withdrawal(SideKey.B, 1), "Armenia pulls 1 unit back as the peacekeepers demanded"});
        p.add(new Object[] {new NarrativeEvent.Withdrawal(SideKey.A, 2), "Azerbaijan pulls 2 units back as the peacekeepers demanded"});
        p.add(new Object[] {new NarrativeEvent.NoWayBack(SideKey.B, 1, List.of(FARUKH)),
            "Armenia says 1 unit near Farukh/Parukh heights (51,14) has no passable way back to its own ground"});
        p.add(new Object[] {new NarrativeEvent.NoWayBack(SideKey.B, 2, List.of(FARUKH, ZONE)),
            "Armenia says 2 units near Farukh/Parukh heights (51,14) and (48,28: peacekeepers' zone, open) have no passable way back"
                + " to its own ground"});
        p.add(new Object[] {new NarrativeEvent.Refusal(SideKey.B, 1, List.of(FARUKH)),
            "Armenia refuses to withdraw 1 unit from Farukh/Parukh heights (51,14), saying the ground is its own"});
        p.add(new Object[] {new NarrativeEvent.AdvanceBlocked(SideKey.A, "farukh", ZONE),
            "Azerbaijan finds its advance on Farukh/Parukh heights blocked by interposing peacekeepers near (48,28: peacekeepers' zone, open)"});
        p.add(new Object[] {new NarrativeEvent.Retaliation(SideKey.B, 1, NEAR_FARUKH),
            "Armenia authorises 1 unit near Karabakh positions near Farukh (50,17) to return fire"});
        p.add(new Object[] {new NarrativeEvent.Retaliation(SideKey.B, 7, NEAR_FARUKH),
            "Armenia authorises 7 units near Karabakh positions near Farukh (50,17) to return fire"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.A, UnitKind.DRONE_TEAM, "karaglukh", 2, List.of(NEAR_FARUKH, NEAR_FARUKH), 4),
            "Azerbaijan carries out both ordered drone strikes on Karabakh positions near Farukh (50,17): 4 casualties among Armenia's forces"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.A, UnitKind.DRONE_TEAM, "karaglukh", 1, List.of(NEAR_FARUKH), 1),
            "Azerbaijan carries out the ordered drone strike on Karabakh positions near Farukh (50,17): 1 casualty among Armenia's forces"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.A, UnitKind.DRONE_TEAM, "karaglukh", 3, List.of(NEAR_FARUKH), 0),
            "Azerbaijan carries out 1 of 3 ordered drone strikes on Karabakh positions near Farukh (50,17): 0 casualties among Armenia's"
                + " forces (for the rest, no drone team with munitions and a target in range)"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.B, UnitKind.ARTILLERY, "farukh", 4, List.of(FARUKH, FARUKH, FARUKH), 2),
            "Armenia carries out 3 of 4 ordered artillery strikes on Farukh/Parukh heights (51,14): 2 casualties among Azerbaijan's forces"
                + " (for the rest, no artillery with munitions and a target in range)"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.B, UnitKind.ARTILLERY, "karaglukh", 3, List.of(FARUKH, FARUKH, ZONE), 0),
            "Armenia carries out all 3 ordered artillery strikes on Karabakh positions near Farukh, hitting Farukh/Parukh heights (51,14)"
                + " and (48,28: peacekeepers' zone, open): 0 casualties among Azerbaijan's forces"});
        p.add(new Object[] {new NarrativeEvent.StrikeSeries(SideKey.A, UnitKind.DRONE_TEAM, "karaglukh", 2, List.of(), 0),
            "Azerbaijan could carry out none of the 2 ordered drone strikes on Karabakh positions near Farukh (no drone team with munitions"
                + " and a target in range)"});
        // the peacekeepers and the mediator
        p.add(new Object[] {new NarrativeEvent.WithdrawalDemand(SideKey.B, List.of(FARUKH)),
            "Russian peacekeepers demand that Armenia withdraw 1 armed unit from Farukh/Parukh heights (51,14)"});
        p.add(new Object[] {new NarrativeEvent.Report(SideKey.B, 1, incident(IncidentType.INCURSION, FARUKH, SideKey.B, 0)),
            "Russian peacekeepers report 1 violation by Armenia: an incursion at Farukh/Parukh heights (51,14)"});
        p.add(new Object[] {new NarrativeEvent.Report(SideKey.A, 4, DRONE_STRIKE),
            "Russian peacekeepers report 4 violations by Azerbaijan, the gravest: a drone strike at Karabakh positions near Farukh (50,17)"
                + " (3 casualties on Armenia's side)"});
        p.add(new Object[] {new NarrativeEvent.Rebuke(SideKey.A, DRONE_STRIKE, true),
            "Russia publicly rebukes Azerbaijan for the first time over the drone strike at Karabakh positions near Farukh (50,17) and"
                + " appeals to both sides for restraint"});
        p.add(new Object[] {new NarrativeEvent.Rebuke(SideKey.A, INCURSION, false),
            "Russia publicly rebukes Azerbaijan over the incursion at (48,28: peacekeepers' zone, open) and appeals to both sides for restraint"});
        p.add(new Object[] {new NarrativeEvent.Talks(false, false, 0.558),
            "Russia holds talks with the leaders of Azerbaijan and Armenia after escalation reached 0.56 the day before; no agreement"});
        p.add(new Object[] {new NarrativeEvent.Talks(true, true, 0.1),
            "Russia holds talks with the leaders of Azerbaijan and Armenia; both agree to recommit to the ceasefire"});
        // the model
        p.add(new Object[] {new NarrativeEvent.LevelChange(EscalationLevel.INCIDENTS, EscalationLevel.TENSION, 0.2996, FLAGSHIP.escalation()),
            "Escalation falls to tension (index just under 0.30)"});
        p.add(new Object[] {new NarrativeEvent.LevelChange(EscalationLevel.TENSION, EscalationLevel.OPEN_WAR, 0.9, FLAGSHIP.escalation()),
            "Escalation rises to open war (index 0.90)"});
        p.add(new Object[] {new NarrativeEvent.Collapse(7), "Ceasefire has collapsed: 7 days of open war"});
        // the timeline: written without their actor
        p.add(new Object[] {new NarrativeEvent.TimelineNote("World", "Russia invades Ukraine"), "Russia invades Ukraine"});
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("sides.A.ambition", "0.6");
        changes.put("mediator.attention", "x0.3 = 0.24");
        p.add(new Object[] {new NarrativeEvent.ParametersChanged("World", changes),
            "parameters change: sides.A.ambition = 0.6, mediator.attention x0.3 = 0.24"});
        p.add(new Object[] {new NarrativeEvent.Reinforcement(SideKey.B, UnitKind.ARTILLERY, 2), "Armenia brings in 2 artillery units"});
        p.add(new Object[] {new NarrativeEvent.Reinforcement(SideKey.A, UnitKind.DRONE_TEAM, 1), "Azerbaijan brings in 1 drone team unit"});
        p.add(new Object[] {new NarrativeEvent.UnitsWithdrawn(SideKey.B, 1, ""), "Armenia withdraws 1 unit from the theatre"});
        p.add(new Object[] {new NarrativeEvent.UnitsWithdrawn(SideKey.A, 2, "farukh"),
            "Azerbaijan withdraws 2 units from Farukh/Parukh heights and out of the theatre"});
        p.add(new Object[] {new NarrativeEvent.UnitsWithdrawn(SideKey.A, 0, "peacekeeping"),
            "Azerbaijan has no units to withdraw from the theatre in the peacekeeping zone"});
        p.add(new Object[] {new NarrativeEvent.UnitsWithdrawn(SideKey.B, 0, ""), "Armenia has no units to withdraw from the theatre"});
        p.add(new Object[] {new NarrativeEvent.TroopsChanged(500, 2460), "Russian peacekeepers receive 500 more troops; now 2460"});
        p.add(new Object[] {new NarrativeEvent.TroopsChanged(-200, 2260), "Russian peacekeepers send 200 troops home; now 2260"});
        p.add(new Object[] {new NarrativeEvent.Recommitment(), "Azerbaijan and Armenia publicly recommit to the ceasefire"});
        p.add(new Object[] {new NarrativeEvent.AdvanceOrdered(SideKey.A, UnitKind.INFANTRY, 3, "farukh", true),
            "Azerbaijan orders 3 infantry units to advance on Farukh/Parukh heights and set up a post there"});
        p.add(new Object[] {new NarrativeEvent.AdvanceOrdered(SideKey.B, UnitKind.INFANTRY, 1, "peacekeeping", false),
            "Armenia orders 1 infantry unit to advance on the peacekeeping zone"});
        p.add(new Object[] {new NarrativeEvent.StrikesOrdered(SideKey.A, UnitKind.DRONE_TEAM, 2, "karaglukh"),
            "Azerbaijan orders 2 drone strikes on Karabakh positions near Farukh"});
        p.add(new Object[] {new NarrativeEvent.StrikesOrdered(SideKey.B, UnitKind.ARTILLERY, 1, "farukh"),
            "Armenia orders 1 artillery strike on Farukh/Parukh heights"});
        return p;
    }

    @Test
    void everyKindOfEventReadsAsBefore() {
        List<String> wrong = new ArrayList<>();
        for (Object[] row : pinned()) {
            String said = ENGLISH.sentence(new NarrativeEntry(114, (NarrativeEvent) row[0]));
            if (!said.equals(row[1])) {
                wrong.add("expected: " + row[1] + "\n     got: " + said);
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    @Test
    void everyKindOfEventIsPinned() {
        Set<String> pinned = new TreeSet<>();
        pinned().forEach(row -> pinned.add(row[0].getClass().getSimpleName()));
        Set<String> all = new TreeSet<>();
        kinds(NarrativeEvent.class, all);
        assertEquals(all, pinned, "add a sentence for each new kind of event to pinned()");
    }

    /** The records of a sealed hierarchy, by name. */
    private static void kinds(Class<?> sealed, Set<String> into) {
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed()) {
                kinds(c, into);
            } else {
                into.add(c.getSimpleName());
            }
        }
    }

    @Test
    void actorsAndDetailAreTheCsvColumns() {
        NarrativeEntry rebuke = new NarrativeEntry(114, new NarrativeEvent.Rebuke(SideKey.A, DRONE_STRIKE, true));
        assertEquals("Russia", ENGLISH.actor(rebuke));
        assertEquals("publicly rebukes Azerbaijan for the first time over the drone strike at Karabakh positions near Farukh (50,17) and"
                + " appeals to both sides for restraint", ENGLISH.detail(rebuke));
        assertEquals("day 114: " + ENGLISH.sentence(rebuke), ENGLISH.headline(rebuke));
        assertEquals("Russian peacekeepers", ENGLISH.actor(new NarrativeEntry(1, new NarrativeEvent.TroopsChanged(1, 2))));
        assertEquals("World", ENGLISH.actor(new NarrativeEntry(1, new NarrativeEvent.TimelineNote("World", "x"))));
        assertEquals("Azerbaijan and Armenia", ENGLISH.actor(new NarrativeEntry(1, new NarrativeEvent.Recommitment())));
        assertEquals("Escalation", ENGLISH.actor(NarrativeEvent.Party.ESCALATION));
        assertEquals("Ceasefire", ENGLISH.actor(NarrativeEvent.Party.CEASEFIRE));
    }

    @Test
    void verbsAgreeWithTheContingentsNameAndMassNounsTakeNoArticle() {
        // Trial 3, item 16.
        NarrativeEnglish un = new NarrativeEnglish(TestFiles.load(TestFiles.flagship(), "peacekeepers.name=UN force"));
        assertEquals("UN force reports 2 violations by Armenia, the gravest: artillery fire at Farukh/Parukh heights (51,14)"
                + " (2 casualties on Azerbaijan's side)", un.sentence(new NarrativeEntry(1, new NarrativeEvent.Report(SideKey.B, 2, ARTILLERY_FIRE))));
        assertEquals("UN force demands that Armenia withdraw 2 armed units from Farukh/Parukh heights (51,14)",
                un.sentence(new NarrativeEntry(1, new NarrativeEvent.WithdrawalDemand(SideKey.B, List.of(FARUKH, FARUKH)))));
        assertEquals("UN force receives 5 more troops; now 10", un.sentence(new NarrativeEntry(1, new NarrativeEvent.TroopsChanged(5, 10))));
    }

    @Test
    void aSidesNameEndingInSTakesTheBareApostrophe() {
        NarrativeEnglish philippines = new NarrativeEnglish(TestFiles.load(TestFiles.flagship(), "sides.B.name=Philippines"));
        assertEquals("Azerbaijan demands the withdrawal of Philippines' armed units from the area where the peacekeepers are deployed",
                philippines.sentence(new NarrativeEntry(1, new NarrativeEvent.CounterDemand(SideKey.A))));
        assertEquals("Azerbaijan carries out the ordered drone strike on Karabakh positions near Farukh (50,17): 1 casualty among"
                + " Philippines' forces", philippines.sentence(new NarrativeEntry(1,
                        new NarrativeEvent.StrikeSeries(SideKey.A, UnitKind.DRONE_TEAM, "karaglukh", 1, List.of(NEAR_FARUKH), 1))));
    }

    @Test
    void indexValuesNeverRoundAcrossTheirThreshold() {
        // Trial 3, item 16: "falls to tension (index 0.30)" with the incidents threshold at 0.30. Issue 10:
        // and always with two decimals ("0.14998", "0.298" and "0.30" were all seen).
        var esc = FLAGSHIP.escalation();
        assertEquals("just under 0.30", NarrativeEnglish.indexText(0.2996, esc));
        assertEquals("0.30", NarrativeEnglish.indexText(0.3004, esc));
        assertEquals("0.56", NarrativeEnglish.indexText(0.558, esc));
        assertEquals("0.29", NarrativeEnglish.indexText(0.294, esc));
        assertEquals("just under 0.45", NarrativeEnglish.indexText(0.449993, esc));
        assertEquals("just over 0.15", NarrativeEnglish.indexText(0.1504, new ceasefire.scenario.EscalationSpec(0.5, 12, 7,
                List.of(0.1504, 0.3, 0.45, 0.6, 0.8), 7)));
    }
}
