package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeEvent;
import ceasefire.model.Runs;
import ceasefire.scenario.Scenario;
import ceasefire.scenario.SideKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sides' public statements stay consistent with what happened and with what they said. */
class StatementsTest {

    private static final int SEEDS = 5;

    @Test
    void aSideThatSufferedARealViolationDoesNotMakeOneUp() {
        // D7. Propaganda at its maximum makes unfounded accusations frequent. A side perceives a
        // violation that hit its units or that the peacekeepers detected; on such a day it may
        // stay silent, but it must not accuse the other of "shelling that did not happen".
        // Before the fix: such days occurred in every seed.
        Scenario s = TestFiles.load(TestFiles.flagship(), "dynamics.propaganda=1");
        List<String> wrong = new ArrayList<>();
        int fabricated = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Runs.Result r = Runs.run(s, seed, 180);
            for (NarrativeEntry n : r.log().narrative()) {
                if (!(n.event() instanceof NarrativeEvent.FabricatedAccusation f)) {
                    continue;
                }
                fabricated++;
                SideKey accuser = f.side();
                for (Incident i : r.log().incidents()) {
                    if (i.step() == n.step() && i.perpetrator() == accuser.other() && (i.victim() == accuser || i.detected())) {
                        wrong.add("seed " + seed + " day " + n.step() + ": " + n.event() + " despite " + i);
                        break;
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(fabricated > 0, "the case must arise for the test to mean anything");
    }

    @Test
    void aSideThatAcknowledgedAnIncidentDoesNotDenyItWhenRebuked() {
        // Trial 3, item 4. Full candour (every accusation acknowledged) and a mediator that
        // rebukes at every chance: no denial may name a place the side acknowledged within the
        // week before. Before the fix: "acknowledges the incursion at P", next day "denies
        // breaking any provision of the ceasefire at P".
        Scenario s = TestFiles.load(TestFiles.flagship(), "sides.A.candour=1", "sides.B.candour=1", "mediator.rebuke_threshold=0",
                "mediator.attention=1", "timeline[1].scale.mediator.attention=1");
        List<String> wrong = new ArrayList<>();
        int rebukesAfterAcknowledgement = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Runs.Result r = Runs.run(s, seed, 180);
            List<NarrativeEntry> acks = r.log().narrative().stream().filter(n -> n.event() instanceof NarrativeEvent.Acknowledgement).toList();
            for (NarrativeEntry n : r.log().narrative()) {
                if (n.event() instanceof NarrativeEvent.Regret) {
                    rebukesAfterAcknowledgement++;
                }
                if (!(n.event() instanceof NarrativeEvent.RebukeDenied d)) {
                    continue;
                }
                for (NarrativeEntry a : acks) {
                    var ack = (NarrativeEvent.Acknowledgement) a.event();
                    if (ack.side() == d.side() && a.step() <= n.step() && a.step() >= n.step() - 7
                            && ack.incident().x() == d.incident().x() && ack.incident().y() == d.incident().y()) {
                        wrong.add("seed " + seed + ": day " + a.step() + " " + ack + "; day " + n.step() + " " + d);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(rebukesAfterAcknowledgement > 0, "the case must arise for the test to mean anything");
    }
}
