package ceasefire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.events.NarrativeKind;
import ceasefire.model.Runs;
import ceasefire.scenario.Cell;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 10, section 3: the narrative's errors found in the flagship, each checked on its facts or its text. */
class NarrativeFixesTest {

    private static final Scenario FLAGSHIP = TestFiles.load(TestFiles.flagship());
    private static final Runs.Result RUN = Runs.run(FLAGSHIP);
    private static final NarrativeEnglish ENGLISH = new NarrativeEnglish(FLAGSHIP);

    private static List<NarrativeEntry> of(NarrativeKind kind) {
        return RUN.log().narrative().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void groupedDemandsAndRefusalsNameEveryUnitsPlace() {
        List<NarrativeEntry> grouped = RUN.log().narrative().stream()
                .filter(e -> (e.kind() == NarrativeKind.WITHDRAWAL_DEMAND || e.kind() == NarrativeKind.REFUSAL) && e.facts().count() > 1)
                .toList();
        assertFalse(grouped.isEmpty());
        for (NarrativeEntry e : grouped) {
            // one cell per unit, and every distinct cell appears in the sentence
            String detail = ENGLISH.detail(e);
            assertEquals(e.facts().count(), e.facts().places().size(), detail);
            for (Cell c : e.facts().places()) {
                assertTrue(detail.contains(c.x() + "," + c.y()), c + " missing from: " + detail);
            }
            assertEquals(SideKey.A, e.facts().about());
        }
    }

    @Test
    void theFirstRefusalIsWhereTheDemandBeforeItWas() {
        // On the flagship's own seed the peacekeepers demand a withdrawal from Farukh after the
        // scripted advance, and Azerbaijan refuses the next day: the refusal names the demand's places.
        NarrativeEntry refusal = of(NarrativeKind.REFUSAL).stream().findFirst().orElseThrow();
        java.util.Set<Cell> demanded = new java.util.HashSet<>();
        of(NarrativeKind.WITHDRAWAL_DEMAND).stream().filter(e -> e.step() < refusal.step() && e.step() >= refusal.step() - 7)
                .forEach(e -> demanded.addAll(e.facts().places()));
        assertFalse(refusal.facts().places().isEmpty(), refusal.toString());
        assertTrue(demanded.containsAll(refusal.facts().places()), refusal + " against demanded " + demanded);
    }

    @Test
    void aRecommitmentNamesWhoRecommits() {
        Scenario s = TestFiles.load(TestFiles.flagship(), "timeline[0].recommit=true");
        NarrativeEntry e = Runs.run(s, 1, 5).log().narrative().stream().filter(n -> n.event() instanceof NarrativeEvent.Recommitment)
                .findFirst().orElseThrow();
        assertEquals(0, e.step());
        // Its own kind, so that readers of narrative.csv (facts) find it without reading its words.
        assertEquals(NarrativeKind.RECOMMITMENT, e.kind());
        assertEquals("Azerbaijan and Armenia publicly recommit to the ceasefire", ENGLISH.sentence(e));
        assertEquals("Azerbaijan and Armenia", ENGLISH.actor(e));
        assertEquals("publicly recommit to the ceasefire", ENGLISH.detail(e));
    }

    @Test
    void strikeSeriesGiveTheRegionsLabelAndTheDaysTotalCasualties() {
        NarrativeEntry strikes = of(NarrativeKind.ORDER).stream().filter(e -> e.step() == 114 && e.event() instanceof NarrativeEvent.StrikeSeries)
                .findFirst().orElseThrow();
        var series = (NarrativeEvent.StrikeSeries) strikes.event();
        assertEquals("karaglukh", series.zone());
        String detail = ENGLISH.detail(strikes);
        int total = RUN.log().incidents().stream().filter(i -> i.step() == 114 && i.ordered() && i.perpetrator() == SideKey.A)
                .mapToInt(ceasefire.events.Incident::casualties).sum();
        assertEquals(total, series.casualties());
        assertEquals(total, strikes.facts().casualties());
        assertEquals(SideKey.B, strikes.facts().casualtiesOf());
        assertTrue(detail.contains("Karabakh positions near Farukh"), detail);
        assertTrue(detail.contains(English.count(total, "casualty") + " among Armenia's forces"), detail);
        assertFalse(detail.contains("karaglukh"));
    }

    @Test
    void anImpossibleStrikeSaysNoneAndUsesTheLabel() {
        // No drones at all on side A: none of the ordered strikes can be carried out.
        Scenario s = TestFiles.load(TestFiles.flagship(), "sides.A.weapons.drones.stock=0");
        NarrativeEntry e = Runs.run(s, 1, 116).log().narrative().stream()
                .filter(n -> n.step() == 114 && n.event() instanceof NarrativeEvent.StrikeSeries).findFirst().orElseThrow();
        assertEquals(new NarrativeEvent.StrikeSeries(SideKey.A, ceasefire.scenario.UnitKind.DRONE_TEAM, "karaglukh", 2, List.of(), 0), e.event());
        assertEquals("could carry out none of the 2 ordered drone strikes on Karabakh positions near Farukh (no drone team with munitions "
                + "and a target in range)", ENGLISH.detail(e));
    }

    @Test
    void casualtiesSayWhoseTheyWere() {
        List<NarrativeEntry> withCasualties = RUN.log().narrative().stream()
                .filter(e -> (e.kind() == NarrativeKind.REPORT || e.kind() == NarrativeKind.ACCUSATION) && e.facts().casualties() > 0).toList();
        assertFalse(withCasualties.isEmpty());
        for (NarrativeEntry e : withCasualties) {
            String whose = FLAGSHIP.side(e.facts().casualtiesOf()).name();
            assertTrue(ENGLISH.detail(e).contains(" on " + whose + "'s side)"), ENGLISH.detail(e));
        }
    }

    @Test
    void indexValuesAlwaysHaveTwoDecimals() {
        Pattern index = Pattern.compile("(?:index|reached) (?:just (?:under|over) )?(\\d+\\.\\d+)");
        int seen = 0;
        for (long seed = 1; seed <= 5; seed++) {
            for (NarrativeEntry e : Runs.run(FLAGSHIP, seed, 180).log().narrative()) {
                String detail = ENGLISH.detail(e);
                Matcher m = index.matcher(detail);
                while (m.find()) {
                    assertEquals(2, m.group(1).length() - m.group(1).indexOf('.') - 1, detail);
                    seen++;
                }
            }
        }
        assertTrue(seen > 10);
    }

    @Test
    void noSentenceSaysOneOfAPluralNoun() {
        Pattern bad = Pattern.compile("\\b1 (units|violations|casualties|runs|charts|strikes|refusals)\\b");
        for (NarrativeText.Line l : NarrativeText.lines(RUN.log().narrative(), ENGLISH)) {
            assertFalse(bad.matcher(l.text()).find(), l.text());
        }
        assertEquals("1 run", English.count(1, "run"));
        assertEquals("2 casualties", English.count(2, "casualty"));
        assertEquals("3 more refusals", English.count(3, "more refusal"));
    }

    @Test
    void repeatsAreSummarisedInTheTextAndEveryEntryStaysInTheData() {
        List<NarrativeEntry> all = RUN.log().narrative();
        List<NarrativeText.Line> lines = NarrativeText.lines(all, ENGLISH);
        long shown = lines.stream().filter(l -> !l.summary()).count();
        List<NarrativeText.Line> summaries = lines.stream().filter(NarrativeText.Line::summary).toList();
        assertFalse(summaries.isEmpty());
        // Every hidden entry is counted in exactly one summary.
        Pattern n = Pattern.compile("^\\.\\.\\.and (\\d+) more ");
        int summarised = 0;
        for (NarrativeText.Line l : summaries) {
            Matcher m = n.matcher(l.text());
            assertTrue(m.find(), l.text());
            summarised += Integer.parseInt(m.group(1));
            assertTrue(Integer.parseInt(m.group(1)) >= 2, l.text());
        }
        assertEquals(all.size(), shown + summarised);
        assertTrue(lines.size() < all.size(), lines.size() + " lines for " + all.size() + " entries");
        // Nothing but demands and refusals is ever hidden.
        assertEquals(all.stream().filter(e -> !NarrativeText.repetitive(e.kind())).count(),
                lines.stream().filter(l -> !l.summary() && !NarrativeText.repetitive(l.entry().kind())).count());
    }

    @Test
    void theFirstDemandOrRefusalAtEachPlaceIsShownNotFoldedIntoRepeatsElsewhere() {
        List<NarrativeEntry> all = RUN.log().narrative();
        List<NarrativeText.Line> lines = NarrativeText.lines(all, ENGLISH);
        java.util.Set<NarrativeEntry> shown = new java.util.HashSet<>();
        lines.stream().filter(l -> !l.summary()).forEach(l -> shown.add(l.entry()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        int checked = 0;
        for (NarrativeEntry e : all) {
            if (!NarrativeText.repetitive(e.kind())) {
                continue;
            }
            java.util.TreeSet<String> places = new java.util.TreeSet<>();
            for (Cell c : e.facts().places()) {
                String region = FLAGSHIP.geography().regionLabel(c.x(), c.y());
                places.add(region.isEmpty() ? FLAGSHIP.geography().legendLabel(c.x(), c.y()) : region);
            }
            if (seen.add(e.actor() + "" + e.kind() + places)) {
                assertTrue(shown.contains(e), "day " + e.step() + " hidden: " + ENGLISH.sentence(e));
                checked++;
            }
        }
        assertTrue(checked >= 2, "demands and refusals at more than one place on the flagship's seed");
    }

    @Test
    void withdrawalsCarryTheirSideAndCount() {
        List<NarrativeEntry> pulled = RUN.log().narrative().stream()
                .filter(e -> e.event() instanceof NarrativeEvent.Withdrawal).toList();
        assertFalse(pulled.isEmpty(), "the flagship's seed has withdrawals");
        for (NarrativeEntry e : pulled) {
            assertTrue(e.facts().about() != null && e.facts().count() > 0, e.toString());
        }
    }
}
