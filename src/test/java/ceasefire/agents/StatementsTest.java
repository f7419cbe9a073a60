package ceasefire.agents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.Incident;
import ceasefire.events.NarrativeEntry;
import ceasefire.events.NarrativeKind;
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
        for (int seed = 1; seed <= SEEDS; seed++) {
            Runs.Result r = Runs.run(s, seed, 180);
            for (NarrativeEntry n : r.log().narrative()) {
                if (n.kind() != NarrativeKind.ACCUSATION || !n.detail().contains("no such incident occurred")) {
                    continue;
                }
                SideKey accuser = n.actor().equals(s.a().name()) ? SideKey.A : SideKey.B;
                for (Incident i : r.log().incidents()) {
                    if (i.step() == n.step() && i.perpetrator() == accuser.other() && (i.victim() == accuser || i.detected())) {
                        wrong.add("seed " + seed + " day " + n.step() + ": " + n.actor() + " " + n.detail() + " despite " + i.type().id());
                        break;
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
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
            List<NarrativeEntry> acks = r.log().narrative().stream()
                    .filter(n -> n.kind() == NarrativeKind.ACKNOWLEDGEMENT && n.detail().startsWith("acknowledges")).toList();
            for (NarrativeEntry n : r.log().narrative()) {
                if (n.kind() == NarrativeKind.ACKNOWLEDGEMENT && n.detail().startsWith("regrets")) {
                    rebukesAfterAcknowledgement++;
                }
                if (n.kind() != NarrativeKind.DENIAL || !n.detail().startsWith("denies breaking")) {
                    continue;
                }
                String place = n.detail().substring(n.detail().lastIndexOf(" at ") + 4);
                for (NarrativeEntry a : acks) {
                    if (a.actor().equals(n.actor()) && a.step() <= n.step() && a.step() >= n.step() - 7
                            && a.detail().contains(" at " + place + " and promises")) {
                        wrong.add("seed " + seed + ": day " + a.step() + " " + a.detail() + "; day " + n.step() + " " + n.detail());
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        assertTrue(rebukesAfterAcknowledgement > 0, "the case must arise for the test to mean anything");
    }
}
