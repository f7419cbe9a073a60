package ceasefire.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ceasefire.TestFiles;
import ceasefire.events.NarrativeKind;
import ceasefire.scenario.Scenario;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

/**
 * The effects the model claims, checked with fixed seeds (1 to 10, the same for both arms of
 * each comparison) and stated tolerances. Each test asserts both a size of effect and a
 * Mann-Whitney U p-value, so neither a tiny effect nor a lucky pair of seeds passes.
 */
class ModelEffectsTest {

    private static final int SEEDS = 10;

    private static double[] metric(Scenario s, int days, ToDoubleFunction<RunSummary> f) {
        return metric(s, days, SEEDS, f);
    }

    private static double[] metric(Scenario s, int days, int seeds, ToDoubleFunction<RunSummary> f) {
        double[] out = new double[seeds];
        for (int seed = 1; seed <= seeds; seed++) {
            out[seed - 1] = f.applyAsDouble(Runs.run(s, seed, days).summary());
        }
        return out;
    }

    private static double p(double[] a, double[] b) {
        return new MannWhitneyUTest().mannWhitneyUTest(a, b);
    }

    @Test
    void morePeacekeepersNearTheLineMeanFewerViolations() {
        // The stable baseline without its force against with it: 180 days.
        // Seen when written: means about 10 without, under 1 with.
        double[] none = metric(TestFiles.load(TestFiles.scenarios().resolve("stable-baseline.yaml"), "peacekeepers.troops=0"), 180,
                RunSummary::incidents);
        double[] force = metric(TestFiles.load(TestFiles.scenarios().resolve("stable-baseline.yaml"), "peacekeepers.troops=3000"), 180,
                RunSummary::incidents);
        assertTrue(StatUtils.mean(force) < 0.5 * StatUtils.mean(none),
                () -> "with peacekeepers " + StatUtils.mean(force) + " vs without " + StatUtils.mean(none));
        assertTrue(p(force, none) < 0.01, () -> "p = " + p(force, none));
    }

    @Test
    void moreTroopsInTheFlagshipMeanFewerIncidents() {
        // The whole flagship run, 500 against 4000 troops, 20 seeds. Seen when written: means
        // about 85 and 61. Part of the friction (the Armenian border, scripted orders) is out of
        // the force's reach, so the effect is smaller than in the baseline.
        double[] few = metric(TestFiles.load(TestFiles.flagship(), "peacekeepers.troops=500"), 180, 20, RunSummary::incidents);
        double[] many = metric(TestFiles.load(TestFiles.flagship(), "peacekeepers.troops=4000"), 180, 20, RunSummary::incidents);
        assertTrue(StatUtils.mean(many) < 0.85 * StatUtils.mean(few), () -> StatUtils.mean(many) + " vs " + StatUtils.mean(few));
        assertTrue(p(many, few) < 0.05, () -> "p = " + p(many, few));
    }

    @Test
    void higherRetaliationMeansMoreReciprocalIncidents() {
        // Hostility held constant (no reaction, fatigue, grievance or coupling) so that only the
        // tit-for-tat replies differ: retaliation 0 against 1 on the front without monitors. The
        // other mechanisms that make fire answer fire (self-excitation, ordered bombardments)
        // are off, so the replies measured are the retaliation's.
        String[] fixed = {"sides.A.hostility=0.3", "sides.B.hostility=0.3", "dynamics.reaction=0", "dynamics.fatigue=0",
            "dynamics.grievance_rate=0", "sides.A.threat_reaction=0", "sides.B.threat_reaction=0", "dynamics.contagion=0",
            "dynamics.bombardment=0"};
        Scenario low = TestFiles.load(TestFiles.scenarios().resolve("escalation-to-collapse.yaml"),
                concat(fixed, "sides.A.retaliation=0", "sides.B.retaliation=0"));
        Scenario high = TestFiles.load(TestFiles.scenarios().resolve("escalation-to-collapse.yaml"),
                concat(fixed, "sides.A.retaliation=1", "sides.B.retaliation=1"));
        double[] lo = metric(low, 90, RunSummary::reciprocalIncidents);
        double[] hi = metric(high, 90, RunSummary::reciprocalIncidents);
        assertTrue(StatUtils.mean(hi) > 1.4 * StatUtils.mean(lo), () -> StatUtils.mean(hi) + " vs " + StatUtils.mean(lo));
        assertTrue(p(hi, lo) < 0.05, () -> "p = " + p(hi, lo));
    }

    @Test
    void talksThatSucceedLowerHostility() {
        // Talks forced on day 20 by a fully effective, fully trusted mediator: each success
        // should cut both sides' hostility by about talks_relief (0.5); the day's own
        // Richardson update adds at most reaction + grievance_rate on top.
        String text = TestFiles.read(TestFiles.tiny()).replace("    set:\n      sides.A.aggressiveness: 0.9", "    talks: true");
        Scenario s = ceasefire.scenario.ScenarioDocumentAccess.bind(text, "mediator.effectiveness=1", "mediator.impartiality=1",
                "sides.A.hostility=0.6", "sides.B.hostility=0.6", "mediator.talks_threshold=1", "timeline[0].day=20");
        int successes = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Runs.Result r = Runs.run(s, seed, 30);
            boolean success = r.log().narrative().stream().anyMatch(e -> e.step() == 20 && e.kind() == NarrativeKind.TALKS);
            if (!success) {
                continue;
            }
            successes++;
            DayRecord before = r.log().days().get(19);
            DayRecord after = r.log().days().get(20);
            double bound = 0.5 * before.hostilityA() + 0.15 + 0.01;
            assertTrue(after.hostilityA() < before.hostilityA(), "hostility falls after successful talks");
            assertTrue(after.hostilityA() <= bound, () -> "seed: " + after.hostilityA() + " > " + bound);
            assertEquals(1.0, after.commitmentA(), 0.02, "commitment is renewed");
        }
        assertTrue(successes >= 6, "talks should mostly succeed here, succeeded " + successes + " of " + SEEDS);
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new java.util.ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
